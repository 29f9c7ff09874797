import type { Lang } from '../../src/engine/findings/finding';
import { NoticeBar } from '../../src/taskpane/components/NoticeBar';
import { TablePicker } from '../../src/taskpane/components/TablePicker';
import { stringsFor } from '../../src/taskpane/strings';
import { useInsertTable, type LoadReports } from '../../src/taskpane/useInsertTable';
import { usePaneSession } from '../../src/taskpane/usePaneSession';
import { usePlan } from '../../src/taskpane/usePlan';
import type { PanePort } from '../../src/workbook/port';
import { stubEngine } from './stubEngine';

/** The picker as the pane wires it, without the rest of the pane: a button opens it; 삽입 취소 is the pane's undo. */
export function PickerHarness({ port, lang, loadReports }: { port: PanePort; lang: Lang; loadReports: LoadReports }) {
  const session = usePaneSession(port);
  const [plan, planActions] = usePlan(port, () => Promise.resolve(stubEngine), session);
  const [state, actions] = useInsertTable(port, loadReports, lang, session);
  const strings = stringsFor(lang);
  return (
    <>
      <button onClick={() => void actions.open()}>open</button>
      {state.open && (
        <TablePicker state={state} actions={actions} strings={strings} lang={lang} onUndo={() => void planActions.undo()} />
      )}
      {plan.notice && <NoticeBar notice={plan.notice} lang={lang} strings={strings} />}
    </>
  );
}
