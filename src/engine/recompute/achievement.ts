import { indicatorDirection, type Direction } from '../model/direction';
import type { Indicator, NumCell, Plan } from '../model/plan';

/** One year of one indicator: 달성률 = 실적 / 목표 × 100 (목표 / 실적 × 100 when lower is better). */
export type YearAchievement = {
  readonly year: number;
  readonly target: number | null;
  readonly actual: number | null;
  readonly rate: number | null;
};
export type IndicatorAchievement = {
  readonly name: string;
  readonly direction: Direction;
  readonly weight: number | null;
  readonly years: ReadonlyArray<YearAchievement>;
};
/** A goal's weighted 달성도 per year = Σ 가중치 × 달성률 / 100; null for a year some indicator has no 달성률 or weight. */
export type GoalAchievement = {
  readonly department: string;
  readonly goal: string;
  readonly indicators: ReadonlyArray<IndicatorAchievement>;
  /** Σ 가중치 of the indicators that state one (null when none does): a 달성도 over weights not summing to 100 needs a word. */
  readonly weightSum: number | null;
  readonly years: ReadonlyArray<{ readonly year: number; readonly score: number | null }>;
};
export type Achievement = ReadonlyArray<GoalAchievement>;

const figureOf = (cell: NumCell | undefined): number | null => (cell && cell.reading.kind === 'number' ? cell.value : null);

function rate(direction: Direction, target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null;
  const [part, whole] = direction === 'rising' ? [actual, target] : [target, actual];
  return whole === 0 ? null : (part / whole) * 100;
}

function indicatorAchievement(indicator: Indicator): IndicatorAchievement {
  const direction = indicatorDirection(indicator.name.text, indicator.unit);
  const years = indicator.years.map((year, i) => {
    const [target, actual] = [figureOf(indicator.targets[i]), figureOf(indicator.actuals[i])];
    return { year, target, actual, rate: rate(direction, target, actual) };
  });
  return { name: indicator.name.text, direction, weight: figureOf(indicator.weight), years };
}

function score(indicators: ReadonlyArray<IndicatorAchievement>, year: number): number | null {
  let total = 0;
  for (const ind of indicators) {
    const r = ind.years.find((y) => y.year === year)?.rate ?? null;
    if (r === null || ind.weight === null) return null;
    total += (ind.weight * r) / 100;
  }
  return indicators.length > 0 ? total : null;
}

function weightSum(indicators: ReadonlyArray<IndicatorAchievement>): number | null {
  const stated = indicators.flatMap((i) => (i.weight === null ? [] : [i.weight]));
  return stated.length > 0 ? stated.reduce((a, b) => a + b, 0) : null;
}

/** 달성률 of every indicator and 달성도 of every goal, per year: values for the pane and reports, nothing written. */
export function achievement(plan: Plan): Achievement {
  return plan.departments.flatMap((dept) =>
    dept.goals.map((goal) => {
      const indicators = goal.indicators.map(indicatorAchievement);
      const years = [...new Set(indicators.flatMap((i) => i.years.map((y) => y.year)))].sort((a, b) => a - b);
      return {
        department: dept.name,
        goal: goal.name.text,
        indicators,
        weightSum: weightSum(indicators),
        years: years.map((year) => ({ year, score: score(indicators, year) })),
      };
    }),
  );
}

/** The year a goal is judged on: the latest with a 달성도, else the latest with any 실적; undefined when none has one. */
export function judgedYear(goal: GoalAchievement): number | undefined {
  const scored = goal.years.filter((y) => y.score !== null).map((y) => y.year);
  const withActual = goal.indicators.flatMap((i) => i.years.filter((y) => y.actual !== null).map((y) => y.year));
  const pick = scored.length > 0 ? scored : withActual;
  return pick.length > 0 ? Math.max(...pick) : undefined;
}
