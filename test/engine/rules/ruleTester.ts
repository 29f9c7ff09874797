import { check, type Plan, type Sheet } from '../../../src/engine';
import { refA1, type CellRef, type Finding, type Severity } from '../../../src/engine/edge';
import { RULES, type MessageId, type RuleId } from '../../../src/engine/findings/ruleRegistry';
import { buildWorkbook, variant, type Built, type Layout } from '../../fixtures/build';
import type { PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';

/** A finding as a rule case sees it, whoever reported it (the engine or the CLI): its cells as `Sheet!A1`. */
export type Reported = {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly cells: ReadonlyArray<string>;
};

/** One run of a case: what was reported and, for an invalid case, the cell its finding must name. */
export type CaseRun = { readonly reported: ReadonlyArray<Reported>; readonly at?: string };

export type RuleCase = {
  readonly what: string;
  /** The layouts the case is built in; a case that is no workbook (a CLI run) has one run, 'document'. */
  readonly layouts: ReadonlyArray<Layout>;
  readonly run: (layout: Layout) => Promise<CaseRun>;
};

/**
 * What an invalid case must report, as ESLint's `errors: [{ messageId }]`: the message id (of the rule's own), and the
 * severity when it is not the registry's (a relation rule's `roundingOnly` info, its `blank` warning).
 */
export type Expected<M extends string = string> = { readonly messageId: M; readonly severity?: Severity };

/** ESLint's RuleTester shape: cases the rule must pass quietly, and cases it must report, each with its message id. */
export type RuleCases<R extends RuleId = RuleId> = {
  readonly valid: ReadonlyArray<RuleCase>;
  readonly invalid: ReadonlyArray<RuleCase & Expected<MessageId<R>>>;
};

/** Cases by rule id, each rule's invalid cases typed by its own message ids. */
export type RuleCaseTable = { readonly [R in RuleId]?: RuleCases<R> };

/** An invalid case: `c` must report `expected` (its message id, and its severity where not the registry's). */
export const reports = <M extends string>(expected: M | Expected<M>, c: RuleCase): RuleCase & Expected<M> => ({
  ...c,
  ...(typeof expected === 'string' ? { messageId: expected } : expected),
});

const LAYOUTS: ReadonlyArray<Layout> = ['document', 'byKind'];

export const where = (ref: CellRef): string => `${ref.sheet}!${refA1(ref)}`;

export const reportedOf = (f: Finding): Reported => ({
  rule: f.rule,
  messageId: f.messageId,
  severity: f.severity,
  cells: [f.ref, ...f.cells].map(where),
});

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
      return { reported: findings.map(reportedOf), ...(spec.at ? { at: where(spec.at(plan)) } : {}) };
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
      return { reported: findings.map(reportedOf), ...(spec.at ? { at: spec.at } : {}) };
    },
  };
}

/**
 * Findings of the rule at the severity the registry gives it (a relation rule's rounding `info` is not its finding),
 * or at `severity`.
 */
export const findingsOf = (rule: RuleId, run: CaseRun, severity: Severity = RULES[rule].severity): Reported[] =>
  run.reported.filter((r) => r.rule === rule && r.severity === severity);

/**
 * Findings whose message id is not one the registry gives their rule. The engine's types see to it but for a relation
 * rule's shared messages (blame.ts casts: `notComputable` comes only from rules that divide) and the CLI's JSON.
 */
const misfiled = (run: CaseRun): Reported[] =>
  run.reported.filter((r) => !Object.keys(RULES[r.rule as RuleId]?.messages ?? {}).includes(r.messageId));

/**
 * The valid and invalid cases of one rule, in every layout each names. An invalid case must report the rule with its
 * message id (at its severity), on a finding that names the case's cell when it names one. No case reports a message
 * id its rule does not have.
 */
export function testRule<R extends RuleId>(rule: R, cases: RuleCases<R>): void {
  const runs = <C extends RuleCase>(list: ReadonlyArray<C>) =>
    list.flatMap((c) => c.layouts.map((layout) => [c.what, layout, c] as const));
  describe(rule, () => {
    if (cases.valid.length > 0)
      it.each(runs(cases.valid))('valid: %s (%s)', async (_what, layout, c) => {
        const run = await c.run(layout);
        expect(findingsOf(rule, run)).toEqual([]);
        expect(misfiled(run)).toEqual([]);
      });
    if (cases.invalid.length > 0)
      it.each(runs(cases.invalid))('invalid: %s (%s)', async (_what, layout, c) => {
        const run = await c.run(layout);
        const found = findingsOf(rule, run, c.severity).filter((f) => run.at === undefined || f.cells.includes(run.at));
        expect(found.map((f) => f.messageId)).toContain(c.messageId);
        expect(misfiled(run)).toEqual([]);
      });
  });
}
