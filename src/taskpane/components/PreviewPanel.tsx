import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { type Lang, refA1 } from '../../engine/edge';
import { formatNumber } from '../formatNumber';
import type { Strings } from '../strings';
import type { Change } from '../usePlan';
import { PANEL } from './panelStyle';

const useStyles = makeStyles({
  panel: PANEL,
  changes: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '240px', overflowY: 'auto' },
  change: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} 0` },
  cell: { minWidth: '88px', fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const shown = (value: Change['before']): string => (typeof value === 'boolean' ? String(value) : formatNumber(value));

export type PreviewPanelProps = {
  changes: ReadonlyArray<Change>;
  lang: Lang;
  strings: Strings;
  busy: boolean;
  /** The reading of the workbook the user chose for this recompute (a `link.ambiguous` choice), in the pane's language. */
  reading?: string;
  onApply: () => void;
  onCancel: () => void;
};

/** What a recompute would write, cell by cell, before anything is written. */
export function PreviewPanel({ changes, lang, strings, busy, reading, onApply, onCancel }: PreviewPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={strings.recompute}>
      <Text weight="semibold">{changes.length > 0 ? strings.previewCount(changes.length) : strings.previewNone}</Text>
      {reading !== undefined && (
        <Text size={200} className={styles.reason}>
          {strings.chosenReading(reading)}
        </Text>
      )}
      <ul className={styles.changes}>
        {changes.map(({ edit, before }) => (
          <li key={`${edit.ref.sheet}!${refA1(edit.ref)}`} className={styles.change}>
            <Text className={styles.cell}>
              {edit.ref.sheet}!{refA1(edit.ref)}
            </Text>
            <Text>
              {shown(before)} → {edit.formula !== undefined ? `=${edit.formula}` : formatNumber(edit.value)}
              <span className={styles.reason}> · {edit.reason[lang]}</span>
            </Text>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || changes.length === 0} onClick={onApply}>
          {strings.apply}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </section>
  );
}
