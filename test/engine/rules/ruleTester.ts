import { check, type Plan, type Sheet } from '../../../src/engine';
import { refA1, type CellRef, type Severity } from '../../../src/engine/edge';
import { RULES, type RuleId } from '../../../src/engine/findings/ruleRegistry';
import { buildWorkbook, variant, type Built, type Layout } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

/** A finding as a rule case sees it, whoever reported it (the engine or the CLI): its cells as `Sheet!A1`. */
export type Reported = { readonly rule: string; readonly severity: Severity; readonly cells: ReadonlyArray<string> };

/** One run of a case: what was reported and, for an invalid case, the cell its finding must name. */
export type CaseRun = { readonly reported: ReadonlyArray<Reported>; readonly at?: string };

export type RuleCase = {
  readonly what: string;
  /** The layouts the case is built in; a case that is no workbook (a CLI run) has one run, 'document'. */
  readonly layouts: ReadonlyArray<Layout>;
  readonly run: (layout: Layout) => Promise<CaseRun>;
};

/** ESLint's RuleTester shape: cases the rule must pass quietly, and cases it must report. */
export type RuleCases = { readonly valid: ReadonlyArray<RuleCase>; readonly invalid: ReadonlyArray<RuleCase> };

const LAYOUTS: ReadonlyArray<Layout> = ['document', 'byKind'];

const where = (ref: CellRef): string => `${ref.sheet}!${refA1(ref)}`;

/**
 * A plan case: the seed (or `plans`) with `change` applied to its data, built in each layout by the fixture builder,
 * `sheets` reshaping the built sheets where data cannot say it (a merge, a missing row), then checked by the engine.
 * `at` names the cell an invalid case's finding must have among its cells.
 */
export function planCase(spec: {
  what: string;
  change?: (p: PlanData) => void;
  plans?: PlanData[];
  layouts?: ReadonlyArray<Layout>;
  sheets?: (sheets: Sheet[], plan: Plan, built: Built) => Sheet[];
  at?: (plan: Plan) => CellRef;
}): RuleCase {
  return {
    what: spec.what,
    layouts: spec.layouts ?? LAYOUTS,
    run: async (layout) => {
      const plans = (spec.plans ?? [SEED]).map((p, i) => (i === 0 && spec.change ? variant(p, spec.change) : p));
      const built = buildWorkbook(plans, layout);
      const sheets = spec.sheets ? spec.sheets(built.sheets, check(built.sheets).plan, built) : built.sheets;
      const { plan, findings } = check(sheets);
      const reported = findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: [f.ref, ...f.cells].map(where) }));
      return { reported, ...(spec.at ? { at: where(spec.at(plan)) } : {}) };
    },
  };
}

/**
 * A case on sheets the plan builder does not write (a 성과계획 총괄표), checked with the engine's options; `at` names
 * the cell an invalid case's finding must have among its cells, as `Sheet!A1`.
 */
export function sheetsCase(spec: {
  what: string;
  sheets: () => Sheet[];
  options?: Parameters<typeof check>[1];
  at?: string;
}): RuleCase {
  return {
    what: spec.what,
    layouts: ['document'],
    run: async () => {
      const { findings } = check(spec.sheets(), spec.options);
      const reported = findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: [f.ref, ...f.cells].map(where) }));
      return { reported, ...(spec.at ? { at: spec.at } : {}) };
    },
  };
}

/** Findings of the rule at the severity the registry gives it (a relation rule's rounding `info` is not its finding). */
export const findingsOf = (rule: RuleId, run: CaseRun): Reported[] =>
  run.reported.filter((r) => r.rule === rule && r.severity === RULES[rule].severity);

/** The valid and invalid cases of one rule, in every layout each names. */
export function testRule(rule: RuleId, cases: RuleCases): void {
  const runs = (list: ReadonlyArray<RuleCase>) => list.flatMap((c) => c.layouts.map((layout) => [c.what, layout, c] as const));
  describe(rule, () => {
    if (cases.valid.length > 0)
      it.each(runs(cases.valid))('valid: %s (%s)', async (_what, layout, c) => {
        expect(findingsOf(rule, await c.run(layout))).toEqual([]);
      });
    if (cases.invalid.length > 0)
      it.each(runs(cases.invalid))('invalid: %s (%s)', async (_what, layout, c) => {
        const run = await c.run(layout);
        const found = findingsOf(rule, run);
        expect(found.length).toBeGreaterThan(0);
        if (run.at !== undefined) expect(found.some((f) => f.cells.includes(run.at!))).toBe(true);
      });
  });
}
