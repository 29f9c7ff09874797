import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/findings/finding';
import { refA1 } from '../../engine/grid/a1';
import type { Edit } from '../../engine/recompute/edit';
import { formatNumber } from '../formatNumber';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  changes: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '240px', overflowY: 'auto' },
  change: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} 0` },
  cell: { minWidth: '88px', fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export type PreviewPanelProps = {
  edits: ReadonlyArray<Edit>;
  lang: Lang;
  strings: Strings;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
};

/** What a recompute would write, cell by cell, before anything is written. */
export function PreviewPanel({ edits, lang, strings, busy, onApply, onCancel }: PreviewPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={strings.recompute}>
      <Text weight="semibold">{edits.length > 0 ? strings.previewCount(edits.length) : strings.previewNone}</Text>
      <ul className={styles.changes}>
        {edits.map((edit) => (
          <li key={`${edit.ref.sheet}!${refA1(edit.ref)}`} className={styles.change}>
            <Text className={styles.cell}>
              {edit.ref.sheet}!{refA1(edit.ref)}
            </Text>
            <Text>
              {edit.formula !== undefined ? `=${edit.formula}` : formatNumber(edit.value)}
              <span className={styles.reason}> · {edit.reason[lang]}</span>
            </Text>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || edits.length === 0} onClick={onApply}>
          {strings.apply}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </section>
  );
}
