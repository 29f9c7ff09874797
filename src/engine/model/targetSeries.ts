import type { Indicator } from './plan';

/** An indicator's 목표 as numbers in the reader's units; null where a year is blank or holds no number (미정). */
export const statedTargets = (ind: Indicator): (number | null)[] =>
  ind.targets.map((t) => (t.reading.kind === 'number' ? t.value : null));

/** The decimals the plan writes its targets with: the most any stated target shows (97.2 beside 97 → 1). */
export const targetDecimals = (ind: Indicator): number =>
  Math.max(0, ...ind.targets.map((t) => (t.reading.kind === 'number' ? t.reading.decimals : 0)));

/**
 * Index of the first year with no 실적 yet. Targets from there on are what the stated rule projects; earlier ones
 * are history, often set under an earlier plan's rule ('15 목표 97 is no 0.2 step from '14's 96.6).
 */
export function firstFutureYear(ind: Indicator): number {
  let last = -1;
  ind.actuals.forEach((a, i) => {
    if (a.reading.kind !== 'blank') last = i;
  });
  return last + 1;
}
