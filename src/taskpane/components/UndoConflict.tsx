import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { refA1, type CellRef } from '../../engine/edge';
import type { Strings } from '../strings';

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export type UndoConflictProps = {
  cells: ReadonlyArray<CellRef>;
  strings: Strings;
  onChoose: (changed: 'keep' | 'overwrite') => void;
  onCancel: () => void;
};

/** Undo found cells the user edited after the recompute: ask before overwriting their work. */
export function UndoConflict({ cells, strings, onChoose, onCancel }: UndoConflictProps) {
  const styles = useStyles();
  const names = cells.map((c) => `${c.sheet}!${refA1(c)}`).join(', ');
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{strings.undoConflict(names)}</MessageBarBody>
      <MessageBarActions>
        <span className={styles.actions}>
          <Button size="small" appearance="primary" onClick={() => onChoose('keep')}>
            {strings.undoKeep}
          </Button>
          <Button size="small" onClick={() => onChoose('overwrite')}>
            {strings.undoOverwrite}
          </Button>
          <Button size="small" onClick={onCancel}>
            {strings.cancel}
          </Button>
        </span>
      </MessageBarActions>
    </MessageBar>
  );
}
