import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Finding, Lang, Message } from '../../engine/edge';
import { App } from '../App';
import { DownloadButton } from '../components/DownloadButton';
import { FileOpen } from '../components/FileOpen';
import { LanguageToggle } from '../components/LanguageToggle';
import { stringsFor } from '../strings';
import type { LoadEngine } from '../usePlan';
import { downloadName, openExample, openWorkbook, type Opened } from './openWorkbook';
import { SheetView } from './SheetView';

const NARROW = '@media (max-width: 720px)';
const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 380px) minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', height: 'auto' },
  },
  dragging: {
    outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: `-${tokens.strokeWidthThicker}`,
  },
  pane: { overflowY: 'auto', minHeight: 0, borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  grid: { minHeight: 0, minWidth: 0, padding: tokens.spacingHorizontalM, [NARROW]: { height: '70vh' } },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  loading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

type Doc = { readonly port: Extract<Opened, { ok: true }>['port']; readonly key: number };

export type StandaloneProps = { initialLang: Lang; loadEngine: LoadEngine };

/**
 * The pane without Excel: the same App on a port over an .xlsx in memory, with the file's actions (open, download,
 * language) above it and the workbook's grid beside it. Opens the bundled example until the user picks a file.
 */
export function Standalone({ initialLang, loadEngine }: StandaloneProps) {
  const styles = useStyles();
  const [lang, setLang] = useState(initialLang);
  const strings = stringsFor(lang);
  const [doc, setDoc] = useState<Doc>();
  const [opening, setOpening] = useState(true);
  const [problem, setProblem] = useState<Message>();
  const [findings, setFindings] = useState<ReadonlyArray<Finding>>([]);
  const [dragging, setDragging] = useState(false);
  const opened = useRef(0);

  const show = (result: Opened) => {
    setOpening(false);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    setFindings([]);
    setDoc({ port: result.port, key: ++opened.current }); // a new key gives the pane a fresh state for the new file
  };
  const openFile = async (file: File) => {
    setOpening(true);
    show(await openWorkbook(new Uint8Array(await file.arrayBuffer()), file.name));
  };

  useEffect(() => void openExample().then(show), []);
  useEffect(() => void (document.documentElement.lang = lang), [lang]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  const header = (
    <div className={styles.header}>
      <div className={styles.actions}>
        <FileOpen strings={strings} busy={opening} onOpen={(file) => void openFile(file)} />
        {doc && (
          <DownloadButton
            strings={strings}
            busy={opening}
            file={() => ({ bytes: doc.port.bytes(), name: downloadName(doc.port, strings.downloadName) })}
          />
        )}
        <LanguageToggle lang={lang} strings={strings} onChange={setLang} />
      </div>
      {doc && <Text className={styles.note}>{strings.fileLabel(doc.port.fileName)}</Text>}
      <Text size={200} className={styles.note}>
        {dragging ? strings.dropHere : strings.standaloneNote}
      </Text>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{problem[lang]}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  return (
    <div
      className={mergeClasses(styles.page, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => event.currentTarget === event.target && setDragging(false)}
      onDrop={drop}
    >
      <div className={styles.pane}>
        {doc ? (
          <App key={doc.key} port={doc.port} loadEngine={loadEngine} lang={lang} header={header} onChecked={setFindings} />
        ) : (
          <main className={styles.loading} lang={lang}>
            <Text as="h1" size={400} weight="semibold">
              {strings.title}
            </Text>
            {header}
            {opening && <Text>{strings.loadingExample}</Text>}
          </main>
        )}
      </div>
      {doc && (
        <div className={styles.grid}>
          <SheetView key={doc.key} port={doc.port} findings={findings} lang={lang} strings={strings} />
        </div>
      )}
    </div>
  );
}
