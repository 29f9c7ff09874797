import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { Finding, Lang } from '../engine/edge';
import type { PanePort } from '../workbook/port';
import { AchievementPanel } from './components/AchievementPanel';
import { DelayedSpinner } from './components/DelayedSpinner';
import { FindingsList } from './components/FindingsList';
import { NoticeBar } from './components/NoticeBar';
import { PreviewPanel } from './components/PreviewPanel';
import { TablePicker } from './components/TablePicker';
import { Toolbar } from './components/Toolbar';
import { UndoConflict } from './components/UndoConflict';
import { stringsFor } from './strings';
import { loadReports as loadReportsChunk } from './reportsEngine';
import { useInsertTable, type LoadReports } from './useInsertTable';
import { usePaneSession } from './usePaneSession';
import { usePlan, type LoadEngine } from './usePlan';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
    // Korean breaks between words, never inside one (계산값, 정보홍보실!B19); an over-long token may still wrap.
    wordBreak: 'keep-all',
    overflowWrap: 'anywhere',
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export type AppProps = {
  port: PanePort;
  loadEngine: LoadEngine;
  lang: Lang;
  /** Drawn under the title: the standalone page puts its file actions here. */
  header?: ReactNode;
  /**
   * Told the errors and warnings of every check, for a view outside the pane (the standalone grid) to mark their
   * cells; rounding notes are not marked, as the verdict folds them into a count.
   */
  onChecked?: (findings: ReadonlyArray<Finding>) => void;
  /** The report builders for the table picker; tests inject their own. */
  loadReports?: LoadReports;
};

export function App({ port, loadEngine, lang, header, onChecked, loadReports = loadReportsChunk }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(lang);
  // One queue and one undo stack for both hooks: one Excel task at a time, and 되돌리기 takes back whatever came last.
  const session = usePaneSession(port);
  const [state, actions] = usePlan(port, loadEngine, session);
  const [insertState, insertActions] = useInsertTable(port, loadReports, lang, session);
  const toggleInsert = () => (insertState.open ? insertActions.close() : void insertActions.open());
  const busy = state.busy !== undefined;
  const findings = state.checked?.findings;
  useEffect(() => onChecked?.((findings ?? []).filter((f) => f.severity !== 'info')), [findings, onChecked]);
  return (
    <main className={styles.pane} lang={lang} aria-busy={busy}>
      <Text as="h1" size={400} weight="semibold">
        {strings.title}
      </Text>
      {header}
      <Toolbar
        strings={strings}
        busy={busy}
        canUndo={state.canUndo}
        onCheck={() => void actions.check()}
        onRecompute={() => void actions.recompute()}
        onUndo={() => void actions.undo()}
        {...(port.insert ? { onInsertTable: toggleInsert, insertOpen: insertState.open } : {})}
      />
      {insertState.open && (
        <TablePicker
          state={insertState}
          actions={insertActions}
          strings={strings}
          lang={lang}
          onUndo={() => void actions.undo()}
        />
      )}
      {busy && <DelayedSpinner label={strings.working} />}
      {state.notice && <NoticeBar notice={state.notice} lang={lang} strings={strings} />}
      {state.conflict && (
        <UndoConflict
          cells={state.conflict}
          strings={strings}
          onChoose={(choice) => void actions.undo(choice)}
          onCancel={actions.cancelUndo}
        />
      )}
      {state.preview && (
        <PreviewPanel
          changes={state.preview}
          lang={lang}
          strings={strings}
          busy={busy}
          {...(state.previewChoice ? { reading: state.previewChoice.label[lang] } : {})}
          onApply={() => void actions.apply()}
          onCancel={actions.cancelPreview}
        />
      )}
      {state.checked ? (
        <FindingsList
          findings={state.checked.findings}
          tables={state.checked.tables}
          lang={lang}
          strings={strings}
          checked={state.checked.checked}
          highlighted={state.highlighted ?? false}
          busy={busy}
          stale={state.stale ?? false}
          {...(state.checked.fixes ? { fixes: state.checked.fixes } : {})}
          {...(state.weights ? { weights: state.weights } : {})}
          onSelect={(ref) => void actions.select(ref)}
          onHighlight={(on) => void actions.highlight(on)}
          onFix={(edits) => void actions.fix(edits)}
          onPreviewWeights={(finding) => void actions.previewWeights(finding)}
          onCancelWeights={actions.cancelWeights}
          onCheckAgain={() => void actions.check()}
          onChoose={(choice) => void actions.recompute(choice)}
        />
      ) : (
        <Text className={styles.hint}>{strings.notChecked}</Text>
      )}
      {state.checked?.plan && <AchievementPanel plan={state.checked.plan} strings={strings} />}
    </main>
  );
}
