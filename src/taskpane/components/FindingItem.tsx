import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { type Finding, type Lang, type Severity, refA1, type CellRef } from '../../engine/edge';
import { findingFigures } from '../formatNumber';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  figures: { color: tokens.colorNeutralForeground2 },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export type FindingItemProps = { finding: Finding; lang: Lang; strings: Strings; onSelect: (ref: CellRef) => void };

export function FindingItem({ finding, lang, strings, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const cell = refA1(finding.ref);
  const shown = findingFigures(finding);
  const figures = [
    shown.stated !== undefined ? `${strings.stated} ${shown.stated}` : undefined,
    shown.expected !== undefined ? `${strings.expected} ${shown.expected}` : undefined,
    shown.interval !== undefined ? `${strings.interval} ${shown.interval}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles[finding.severity])}
      title={strings.selectCell(cell)}
      onClick={() => onSelect(finding.ref)}
    >
      <span className={styles.head}>
        <Badge appearance="tint" color={BADGE[finding.severity]} size="small">
          {strings.severity[finding.severity]}
        </Badge>
        <Text weight="semibold">{cell}</Text>
      </span>
      <Text>{finding.message[lang]}</Text>
      {figures.length > 0 && (
        <Text size={200} className={styles.figures}>
          {figures.join(' · ')}
        </Text>
      )}
    </button>
  );
}
