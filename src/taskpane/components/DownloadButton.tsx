import { Button } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { Strings } from '../strings';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type DownloadButtonProps = {
  strings: Strings;
  busy: boolean;
  /** The workbook's bytes and file name at the moment of the click. */
  file: () => { bytes: Uint8Array; name: string };
};

/** Saves the workbook as it is now: in the browser, the download is the only way a result leaves the page. */
export function DownloadButton({ strings, busy, file }: DownloadButtonProps) {
  const download = () => {
    const { bytes, name } = file();
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The browser has taken its copy once the click's task is over.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button icon={<ArrowDownload20Regular />} disabled={busy} onClick={download}>
      {strings.download}
    </Button>
  );
}
