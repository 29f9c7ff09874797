import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { type CellRef, type Choice, type Edit, type Finding, type Lang, type Severity, refA1 } from '../../engine/edge';
import { findingFigures, formatNumber } from '../formatNumber';
import type { Strings } from '../strings';
import type { Change } from '../usePlan';
import { WeightsPreview } from './WeightsPreview';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    backgroundColor: 'transparent',
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
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  choices: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  choice: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export type FindingItemProps = {
  finding: Finding;
  lang: Lang;
  strings: Strings;
  /** The recompute's edit of this finding's cell when it is a derived cell: the fix for this cell alone. */
  fix?: Edit;
  /** The rebalanced 가중치 shown under a t4.weights finding, once asked for. */
  weights?: ReadonlyArray<Change>;
  /** Fixes wait while a task runs or while the findings are stale (they were computed on the workbook before). */
  disabled: boolean;
  onSelect: (ref: CellRef) => void;
  onFix: (edits: ReadonlyArray<Edit>) => void;
  onPreviewWeights: (finding: Finding) => void;
  onCancelWeights: () => void;
  /** Recomputes with one of a `link.ambiguous` finding's readings (through the preview, as the toolbar's recompute). */
  onChoose: (choice: Choice) => void;
};

/**
 * The readings a `link.ambiguous` finding offers, each with its button: the workbook does not say which is meant, so
 * the user says it. The button's name is the same for every reading; its description (the reading) tells them apart.
 */
function Choices({ choices, lang, strings, disabled, onChoose }: { choices: ReadonlyArray<Choice> } & FindingItemProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.actions}>
      <Text size={200} className={styles.hint}>
        {strings.choicesHint}
      </Text>
      <ul className={styles.choices}>
        {choices.map((choice, i) => (
          <li key={i} className={styles.choice}>
            <Text id={`${id}-${i}`}>{choice.label[lang]}</Text>
            <Button
              size="small"
              disabled={disabled}
              data-action="choose-link"
              aria-describedby={`${id}-${i}`}
              onClick={() => onChoose(choice)}
            >
              {strings.recomputeWithLink}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the user can do about the finding: recompute its derived cell, rebalance the weights, or check an input. */
function Actions(props: FindingItemProps) {
  const { finding, lang, strings, fix, weights, disabled, onFix, onPreviewWeights, onCancelWeights } = props;
  const styles = useStyles();
  const cell = refA1(finding.ref);
  if (finding.severity === 'info') return null;
  if (finding.choices && finding.choices.length > 0) return <Choices {...props} choices={finding.choices} />;
  if (fix)
    return (
      <div className={styles.actions}>
        <Text size={200} className={styles.hint}>
          {strings.derivedFix}
        </Text>
        <Button size="small" disabled={disabled} data-action="fix-cell" onClick={() => onFix([fix])}>
          {strings.fixCell(cell, fix.formula !== undefined ? `=${fix.formula}` : formatNumber(fix.value))}
        </Button>
      </div>
    );
  if (finding.rule === 't4.weights')
    return (
      <div className={styles.actions}>
        {weights ? (
          <WeightsPreview
            changes={weights}
            lang={lang}
            strings={strings}
            disabled={disabled}
            onApply={() => onFix(weights.map((c) => c.edit))}
            onCancel={onCancelWeights}
          />
        ) : (
          <Button size="small" disabled={disabled} data-action="rebalance" onClick={() => onPreviewWeights(finding)}>
            {strings.rebalance}
          </Button>
        )}
      </div>
    );
  if (finding.severity !== 'error') return null;
  return (
    <div className={styles.actions}>
      <Text size={200} className={styles.hint}>
        {strings.inputHint(cell)}
      </Text>
    </div>
  );
}

/** One finding: its cell (a button that goes to it), its message and figures, and what can be done about it. */
export function FindingItem(props: FindingItemProps) {
  const { finding, lang, strings, onSelect } = props;
  const styles = useStyles();
  const cell = refA1(finding.ref);
  const shown = findingFigures(finding);
  const figures = [
    shown.stated !== undefined ? `${strings.stated} ${shown.stated}` : undefined,
    shown.expected !== undefined ? `${strings.expected} ${shown.expected}` : undefined,
    shown.interval !== undefined ? `${strings.interval} ${shown.interval}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return (
    <div
      className={mergeClasses(styles.card, styles[finding.severity])}
      data-card={finding.rule}
      data-severity={finding.severity}
    >
      <button type="button" className={styles.item} title={strings.selectCell(cell)} onClick={() => onSelect(finding.ref)}>
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
      <Actions {...props} />
    </div>
  );
}
