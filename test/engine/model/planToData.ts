import {
  type BudgetRowKey,
  type Department,
  type NumCell,
  type Plan,
  type StaffRow,
  type TextCell,
  BUDGET_ROW_KEYS,
} from '../../../src/engine/model/plan';
import type { PlanData } from '../../fixtures/planData';

/**
 * A Plan turned back into the PlanData it was built from, so acceptance tests compare whole departments.
 * `planToData` gives every number by value (12 significant digits: 0.8697 × 100 is 86.97, not
 * 86.97000000000001); `planToShown` gives the interval each cell shows instead, for layouts that type
 * numbers as text (`2,870` for 2870.107), checked with `misfits`. A cell that does not read as a number
 * gives what it shows; a blank 실적 gives null.
 */
type Read = (c: NumCell) => unknown;

/** What a number may stand for. */
export type Shown = { readonly lo: number; readonly hi: number };

const wordOf = (c: NumCell): string | null => {
  const r = c.reading;
  return r.kind === 'word' || r.kind === 'error' || r.kind === 'dash' ? r.shown : r.kind === 'uncached' ? `=${r.formula}` : null;
};
const byValue: Read = (c) => (c.value !== null ? Number(c.value.toPrecision(12)) : wordOf(c));
const byInterval: Read = (c) => c.interval ?? wordOf(c);

const text = (c: TextCell | undefined): string => c?.text ?? '';

function department(plan: Plan, d: Department, read: Read) {
  const num = (c: NumCell) => read(c) ?? '';
  const staff = (r: StaffRow) => ({
    name: r.name.text,
    quota: num(r.quota),
    grade4: num(r.grade4),
    grade5: num(r.grade5),
    grade6: num(r.grade6),
    current: num(r.current),
    teams: text(r.teams),
  });
  const budgetRows = d.budget?.rows ?? {};
  const budget = Object.fromEntries(
    BUDGET_ROW_KEYS.flatMap((k: BudgetRowKey) => {
      const r = budgetRows[k];
      return r
        ? [
            [
              k,
              {
                budget: num(r.budget),
                share: num(r.share),
                prevBudget: num(r.prevBudget),
                prevShare: num(r.prevShare),
                change: num(r.change),
                rate: num(r.rate),
              },
            ],
          ]
        : [];
    }),
  );
  const unitProject = (i: number) => {
    const u = d.unitProjects[i];
    return {
      name: u.name.text,
      account: text(u.account),
      totals: u.totals.map(num),
      detailCount: num(u.detailCount),
      details: u.details.map((x) => {
        const o = x.overview === undefined ? undefined : d.overviews[x.overview];
        const overview = {
          name: o?.name,
          content: o?.content,
          period: o?.period,
          supportType: o?.supportType,
          supportTerms: o?.supportTerms,
          implementer: o?.implementer,
        };
        return {
          name: x.name.text,
          amounts: x.amounts.map(num),
          overview: Object.fromEntries(Object.entries(overview).map(([k, v]) => [k, text(v)])),
        };
      }),
    };
  };
  const unitOf = (table: number | undefined) => (table === undefined ? undefined : plan.tables[table].unit?.name);
  return {
    department: d.name,
    indicatorYears: [...(d.goals.flatMap((g) => g.indicators)[0]?.years ?? [])],
    projectColumns: (d.unitProjects[0]?.columns ?? []).map((c) => ({ year: c.year, kind: c.kind })),
    units: { t1: unitOf(d.t1), t3: unitOf(d.budget?.table), t5: unitOf(d.unitProjects[0]?.table) },
    goals: d.goals.map((g) => ({
      name: g.name.text,
      indicatorCount: num(g.indicatorCount),
      unitCount: num(g.unitCount),
      budget: num(g.budget),
      indicators: g.indicators.map((i) => ({
        name: i.name.text,
        type: i.type.text,
        weight: num(i.weight),
        targets: i.targets.map(num),
        actuals: i.actuals.map(read),
        formula: text(i.formula),
        source: text(i.source),
      })),
      unitProjects: g.unitProjects.map(unitProject),
    })),
    staffing: { total: d.staffing ? staff(d.staffing.total) : undefined, rows: (d.staffing?.rows ?? []).map(staff) },
    budget,
  };
}

/** One PlanData per department, without the 전략목표 (the model does not read it). */
export const planToData = (plan: Plan): unknown[] => plan.departments.map((d) => department(plan, d, byValue));

/** As planToData, with every number as the interval its cell shows. */
export const planToShown = (plan: Plan): unknown[] => plan.departments.map((d) => department(plan, d, byInterval));

/**
 * PlanData as the model can give it back: numbers at 12 significant digits, no 전략목표, and no 목표치 설정 근거
 * (prose after the tables, which one-sheet-per-kind layouts do not write; test/engine/detect/targetBasis.test.ts reads it).
 */
export function comparable(data: PlanData): unknown {
  const { strategicGoal: _, ...rest } = data;
  return JSON.parse(JSON.stringify(rest), (k, v) =>
    k === 'basis' ? undefined : typeof v === 'number' ? Number(v.toPrecision(12)) : v,
  );
}

const isShown = (v: unknown): v is Shown => v !== null && typeof v === 'object' && 'lo' in v && 'hi' in v;

/** Where `shown` (planToShown) and `data` disagree: a number outside its interval, or anything else unequal. */
export function misfits(shown: unknown, data: unknown, path = ''): string[] {
  if (isShown(shown))
    return typeof data === 'number' && data >= shown.lo && data <= shown.hi
      ? []
      : [`${path}: ${JSON.stringify(data)} not in [${shown.lo}, ${shown.hi}]`];
  if (shown === null || typeof shown !== 'object')
    return shown === data ? [] : [`${path}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(data)}`];
  if (data === null || typeof data !== 'object' || Array.isArray(shown) !== Array.isArray(data))
    return [`${path}: ${JSON.stringify(data)} is not shaped like the model`];
  const keys = new Set([...Object.keys(shown), ...Object.keys(data)]);
  return [...keys].flatMap((k) =>
    misfits((shown as Record<string, unknown>)[k], (data as Record<string, unknown>)[k], `${path}.${k}`),
  );
}
