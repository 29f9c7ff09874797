import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowCounterclockwise20Regular,
  Calculator20Regular,
  TableAdd20Regular,
  TaskListSquareLtr20Regular,
} from '@fluentui/react-icons';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type ToolbarProps = {
  strings: Strings;
  busy: boolean;
  canUndo: boolean;
  onCheck: () => void;
  onRecompute: () => void;
  onUndo: () => void;
  /** Opens or closes the table picker; absent where the port cannot insert, and the button with it. */
  onInsertTable?: () => void;
  insertOpen?: boolean;
};

export function Toolbar({
  strings,
  busy,
  canUndo,
  onCheck,
  onRecompute,
  onUndo,
  onInsertTable,
  insertOpen = false,
}: ToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Button appearance="primary" icon={<TaskListSquareLtr20Regular />} disabled={busy} onClick={onCheck}>
        {strings.check}
      </Button>
      <Button icon={<Calculator20Regular />} disabled={busy} onClick={onRecompute}>
        {strings.recompute}
      </Button>
      {onInsertTable && (
        <Button icon={<TableAdd20Regular />} disabled={busy} aria-expanded={insertOpen} onClick={onInsertTable}>
          {strings.insertTable}
        </Button>
      )}
      <Button icon={<ArrowCounterclockwise20Regular />} disabled={busy || !canUndo} title={strings.undoHint} onClick={onUndo}>
        {strings.undo}
      </Button>
    </div>
  );
}
