import { Button } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { Strings } from '../strings';

/** The types the file picker offers; a dropped file of another kind is still read, and refused with its reason. */
const ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FileOpenProps = { strings: Strings; busy: boolean; onOpen: (file: File) => void };

/** A button that opens the file picker; the input itself stays hidden, out of the tab order. */
export function FileOpen({ strings, busy, onOpen }: FileOpenProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<FolderOpen20Regular />} disabled={busy} title={strings.openFileHint} onClick={() => input.current?.click()}>
        {strings.openFile}
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={strings.openFile}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // choosing the same file again opens it again
          if (file) onOpen(file);
        }}
      />
    </>
  );
}
