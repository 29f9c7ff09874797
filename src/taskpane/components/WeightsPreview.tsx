import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { type Lang, refA1 } from '../../engine/edge';
import { formatNumber } from '../formatNumber';
import type { Strings } from '../strings';
import type { Change } from '../usePlan';
import { PANEL } from './panelStyle';

const useStyles = makeStyles({
  panel: { ...PANEL, alignSelf: 'stretch' },
  changes: { listStyleType: 'none', margin: 0, padding: 0 },
  change: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} 0` },
  cell: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap', flexShrink: 0 },
  figures: { whiteSpace: 'nowrap' },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export type WeightsPreviewProps = {
  changes: ReadonlyArray<Change>;
  lang: Lang;
  strings: Strings;
  disabled: boolean;
  onApply: () => void;
  onCancel: () => void;
};

/** The largest-remainder 가중치 of one goal, before anything is written: each weight that changes, then 적용 or 취소. */
export function WeightsPreview({ changes, lang, strings, disabled, onApply, onCancel }: WeightsPreviewProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={strings.rebalance} data-weights-preview="true">
      <Text size={200} className={styles.hint}>
        {changes.length > 0 ? strings.rebalanceHint : strings.rebalanceNone}
      </Text>
      <ul className={styles.changes}>
        {changes.map(({ edit, before, label }) => (
          <li key={refA1(edit.ref)} className={styles.change}>
            <Text className={styles.cell}>{refA1(edit.ref)}</Text>
            <Text>
              <span className={styles.figures}>
                {typeof before === 'boolean' ? String(before) : formatNumber(before)} → {formatNumber(edit.value)}
              </span>
              <span className={styles.hint}> · {label ?? edit.reason[lang]}</span>
            </Text>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={disabled || changes.length === 0} onClick={onApply}>
          {strings.apply}
        </Button>
        <Button size="small" disabled={disabled} onClick={onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </section>
  );
}
