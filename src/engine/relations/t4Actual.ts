import type { Message } from '../findings/finding';
import type { Expr } from '../formula/ast';
import { refA1 } from '../grid/a1';
import { shortYear } from '../grid/years';
import { evaluateFormula } from '../formula/evaluate';
import { parseFormula } from '../formula/parse';
import { formulaRange } from '../formula/range';
import { point, type Interval } from '../interval/interval';
import { intersects, widen } from '../interval/ops';
import { excelRound } from '../interval/round';
import { figure } from '../interval/shown';
import { linkIndicators, nameKey, planIndicators, type IndicatorAt, type UnlinkedRow } from '../model/measureLink';
import type { Indicator, MeasureRow, NumCell, Plan } from '../model/plan';
import type { Place } from './relation';

/** A quantity of an indicator's 측정산식 as the 측정 자료 give it: its row and, per indicator year, its cell. */
export type Quantity = {
  readonly name: string;
  readonly row: MeasureRow;
  /** One per year of the indicator (its `years`); undefined where the 측정 자료 has no column for that year. */
  readonly values: ReadonlyArray<NumCell | undefined>;
};

/** An indicator some 측정 자료 rows name, with its parsed 측정산식 and the quantities given once for it. */
export type Measured = {
  readonly at: IndicatorAt;
  readonly ast: Expr;
  /** The quantity names of the 측정산식, in order of first appearance. */
  readonly names: ReadonlyArray<string>;
  readonly quantities: ReadonlyMap<string, Quantity>;
};

/** Why a 측정 자료 row gives nothing to compute with; each is reported, none is resolved by guessing. */
export type MeasureProblem =
  | ({ readonly kind: 'unlinked' } & UnlinkedRow)
  | { readonly kind: 'noFormula'; readonly row: MeasureRow; readonly at: IndicatorAt }
  | { readonly kind: 'notInFormula'; readonly row: MeasureRow; readonly at: IndicatorAt; readonly names: ReadonlyArray<string> }
  | { readonly kind: 'twice'; readonly row: MeasureRow; readonly at: IndicatorAt; readonly first: MeasureRow };

type Building = { at: IndicatorAt; ast: Expr; names: string[]; quantities: Map<string, Quantity>; seen: Map<string, MeasureRow> };

/** An indicator's entry, when its 측정산식 parses into something that names a quantity. */
function start(at: IndicatorAt): Omit<Building, 'at'> | undefined {
  const text = at.indicator.formula?.text;
  const parsed = text === undefined ? undefined : parseFormula(text);
  if (!parsed?.ok || parsed.identifiers.length === 0) return undefined;
  return { ast: parsed.ast, names: parsed.identifiers, quantities: new Map(), seen: new Map() };
}

/**
 * The indicators the 측정 자료 give quantities for. Each row linked to its indicator by 지표명 (model/measureLink.ts)
 * has its 항목 matched to a quantity name of the indicator's 측정산식, spacing and a unit in parentheses ignored
 * (`참여자수(명)` is `참여자 수`). A 측정산식 that does not parse, an 항목 it does not name, and a quantity given twice
 * (two rows, two tables) are problems: a quantity given twice is used from neither row.
 */
export function measuredIndicators(plan: Plan): { measured: Measured[]; problems: MeasureProblem[] } {
  const links = linkIndicators(plan.measures ?? [], planIndicators(plan));
  const problems: MeasureProblem[] = links.unlinked.map((u) => ({ kind: 'unlinked' as const, ...u }));
  const building = new Map<Indicator, Building | null>();
  for (const { row, table, at } of links.linked) {
    if (!building.has(at.indicator)) {
      const entry = start(at);
      building.set(at.indicator, entry ? { at, ...entry } : null);
    }
    const entry = building.get(at.indicator);
    if (!entry) {
      problems.push({ kind: 'noFormula', row, at });
      continue;
    }
    const name = entry.names.find((n) => nameKey(n) === nameKey(row.item.text));
    if (name === undefined) {
      problems.push({ kind: 'notInFormula', row, at, names: entry.names });
      continue;
    }
    const first = entry.seen.get(name);
    if (first) {
      problems.push({ kind: 'twice', row, at, first });
      entry.quantities.delete(name);
      continue;
    }
    entry.seen.set(name, row);
    const values = at.indicator.years.map((year) => {
      const k = table.years.indexOf(year);
      return k < 0 ? undefined : row.values[k];
    });
    entry.quantities.set(name, { name, row, values });
  }
  const measured = [...building.values()].flatMap((b) =>
    b ? [{ at: b.at, ast: b.ast, names: b.names, quantities: b.quantities }] : [],
  );
  return { measured, problems };
}

/** The decimals an indicator writes its figures with: the most any of its stated 목표 or 실적 shows. */
export const indicatorDecimals = (ind: Indicator): number =>
  Math.max(0, ...[...ind.targets, ...ind.actuals].map((c) => (c.reading.kind === 'number' ? c.reading.decimals : 0)));

export type ActualOutcome =
  | { readonly kind: 'noncomputable' }
  | {
      readonly kind: 'ok' | 'rounding' | 'broken' | 'blank';
      /** Every value the quantities allow, within their rounding. */
      readonly computed: Interval;
      /** The value from what the quantity cells hold, rounded as the 실적 shows (or, blank, as the indicator does). */
      readonly naive: number;
      /** That value unrounded, for a writer that rounds it to a cell's own format. */
      readonly held: number;
      readonly decimals: number;
    };

/** One 실적 the 측정 자료 give every quantity for, and how it compares. */
export type ActualCheck = {
  readonly measured: Measured;
  /** Index into the indicator's years. */
  readonly year: number;
  readonly actual: NumCell;
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly cell: NumCell }>;
  readonly outcome: ActualOutcome;
};

/** Judges one 실적: consistent when some quantities within their rounding give the stated figure (DOMAIN). */
function judgeActual(m: Measured, actual: NumCell, inputs: ActualCheck['inputs']): ActualOutcome {
  const range = formulaRange(m.ast, new Map(inputs.map((q) => [q.name, q.cell.interval!])));
  const held = evaluateFormula(m.ast, new Map(inputs.map((q) => [q.name, point(q.cell.value!)])));
  if (!range.ok || !held.ok) return { kind: 'noncomputable' };
  const blank = actual.reading.kind === 'blank';
  const decimals = actual.reading.kind === 'number' ? actual.reading.decimals : indicatorDecimals(m.at.indicator);
  const figures = { computed: range.value, naive: excelRound(held.value.lo, decimals), held: held.value.lo, decimals };
  if (blank) return { kind: 'blank', ...figures };
  if (!intersects(widen(figures.computed), actual.interval!)) return { kind: 'broken', ...figures };
  return { kind: figures.naive === excelRound(actual.value!, decimals) ? 'ok' : 'rounding', ...figures };
}

/**
 * Every 실적 the 측정 자료 can check: a year whose 실적 cell exists (blank or a number) and whose every quantity is
 * given as a number. A year missing a quantity is no check, and no error.
 */
export function actualChecks(measured: ReadonlyArray<Measured>): ActualCheck[] {
  return measured.flatMap((m) =>
    m.at.indicator.actuals.flatMap((actual, year): ActualCheck[] => {
      // A word or an error is reported as an unread cell; a dash says there is none: neither is judged nor written.
      if (actual.reading.kind === 'dash' || (actual.reading.kind !== 'blank' && actual.interval === null)) return [];
      const cells = m.names.map((name) => ({ name, cell: m.quantities.get(name)?.values[year] }));
      if (cells.some((q) => q.cell?.interval == null || q.cell.value === null)) return [];
      const inputs = cells.map((q) => ({ name: q.name, cell: q.cell! }));
      return [{ measured: m, year, actual, inputs, outcome: judgeActual(m, actual, inputs) }];
    }),
  );
}

const shown = (cell: NumCell): string => figure(cell.value ?? NaN, cell.reading.kind === 'number' ? cell.reading.decimals : 0);

/** Where the 실적 sits: its indicator's row of the 성과지표별 목표치 설정, in its year's column. */
export function actualPlace(c: ActualCheck): Place {
  const ind = c.measured.at.indicator;
  const year = shortYear(ind.years[c.year]);
  return { table: 'T4', row: ind.name.text, col: { ko: `${year} 실적`, en: `${year} actual` } };
}

/** The formula and the figures it was given: `측정산식 (가동시간-중단시간)/가동시간*100, 측정 자료 가동시간 8,760(C40) · …`. */
export function actualBasis(c: ActualCheck): Message {
  const formula = c.measured.at.indicator.formula?.text ?? '';
  const inputs = c.inputs.map((q) => `${q.name} ${shown(q.cell)}(${refA1(q.cell.ref)})`).join(' · ');
  return { ko: `측정산식 ${formula}, 측정 자료 ${inputs}`, en: `formula ${formula}, measurement data ${inputs}` };
}
