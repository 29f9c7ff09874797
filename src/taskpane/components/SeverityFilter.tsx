import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { type Severity, SEVERITIES } from '../../engine/edge';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export type SeverityFilterProps = {
  shown: ReadonlySet<Severity>;
  counts: Readonly<Record<Severity, number>>;
  strings: Strings;
  onToggle: (severity: Severity) => void;
};

/**
 * Which severities the list shows: one toggle button each (a native button with aria-pressed, so Tab reaches it and
 * Enter or Space turns it), with its count; 참고 (rounding notes) starts off, folded into the headline's count.
 */
export function SeverityFilter({ shown, counts, strings, onToggle }: SeverityFilterProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={strings.filter} className={styles.bar}>
      {SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          shape="circular"
          checked={shown.has(severity)}
          data-severity={severity}
          onClick={() => onToggle(severity)}
        >
          {strings.filterButton(strings.severity[severity], counts[severity])}
        </ToggleButton>
      ))}
    </div>
  );
}
