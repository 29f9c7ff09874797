import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import { showNumber, type Plan, achievement, judgedYear, type GoalAchievement } from '../../engine/edge';
import { formatNumber } from '../formatNumber';
import type { Strings } from '../strings';
import { ROW_LIST } from './panelStyle';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  department: { margin: 0, padding: `0 ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
  list: ROW_LIST,
  toggle: { width: '100%', minWidth: 0, justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular },
  toggleText: { display: 'flex', flexGrow: 1, justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  score: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  indicators: {
    listStyleType: 'none',
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    // `hidden` alone loses to the display above: without this the list never closes (nor visibly opens).
    '&[hidden]': { display: 'none' },
  },
  warning: {
    display: 'block',
    padding: `0 ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalXXL}`,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  figures: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** Ratios as the report tables print them: two decimals, △ below zero; a dash where there is none. */
const ratio = (v: number | null | undefined): string => (v === null || v === undefined ? formatNumber(null) : showNumber(v, 2));

type JudgedGoal = { readonly goal: GoalAchievement; readonly year: number };

function GoalItem({ goal, year, strings }: JudgedGoal & { strings: Strings['achievement'] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const score = goal.years.find((y) => y.year === year)?.score;
  const weightSum = goal.weightSum;
  return (
    <li>
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={open}
        aria-controls={listId}
        title={strings.showIndicators(goal.goal)}
        onClick={() => setOpen(!open)}
      >
        <span className={styles.toggleText}>
          <span>{goal.goal}</span>
          <span className={styles.score}>
            {strings.year(year)} {strings.score} {ratio(score)}
          </span>
        </span>
      </Button>
      {weightSum !== null && weightSum !== 100 && (
        <Text size={200} className={styles.warning} data-weight-sum={weightSum}>
          {strings.weightSum(formatNumber(weightSum))}
        </Text>
      )}
      <ul id={listId} className={styles.indicators} hidden={!open}>
        {goal.indicators.map((ind) => {
          const at = ind.years.find((y) => y.year === year);
          return (
            <li key={ind.name}>
              <Text>{ind.name}</Text>
              <Text size={200} className={styles.figures}>
                {strings.target} {formatNumber(at?.target)} · {strings.actual} {formatNumber(at?.actual)} · {strings.rate}{' '}
                {ratio(at?.rate)} · {strings.weight} {formatNumber(ind.weight)}
              </Text>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export type AchievementPanelProps = { plan: Plan; strings: Strings };

/**
 * 성과지표 달성도 per department and goal, for the latest year with 실적, each goal opening onto its indicators'
 * 목표, 실적, 달성률 and 가중치. Values come from the engine's `achievement`; nothing is drawn when no goal has 실적.
 */
export function AchievementPanel({ plan, strings }: AchievementPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const departments = useMemo(() => {
    const byDept = new Map<string, JudgedGoal[]>();
    for (const goal of achievement(plan)) {
      const year = judgedYear(goal);
      if (year !== undefined) byDept.set(goal.department, [...(byDept.get(goal.department) ?? []), { goal, year }]);
    }
    return [...byDept];
  }, [plan]);
  if (departments.length === 0) return null;
  const words = strings.achievement;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {words.heading}
      </Text>
      {departments.map(([department, goals]) => (
        <section key={department} aria-label={department}>
          <Text as="h3" size={200} className={styles.department}>
            {department}
          </Text>
          <ul className={styles.list}>
            {goals.map((g) => (
              <GoalItem key={g.goal.goal} {...g} strings={words} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
