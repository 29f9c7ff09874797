import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import type { Department, Goal, Plan } from '../model/plan';
import { TABLE_NAMES } from '../model/tableNames';
import { goalOperand, unitTerms } from '../relations/t1Goals';
import { ambiguousLink } from './ambiguousLink';
import type { Checks } from './coverage';
import { departmentName } from './messages';
import { tableAt } from './tableAt';

const UNRESOLVED_MESSAGES = {
  unmatched: (dept: Department): Message => ({
    ko: `${TABLE_NAMES.T1.ko} (${departmentName(dept).ko}): 정책사업목표별 단위사업을 찾지 못해 예산액·성과지표수·단위사업수를 확인하지 않았습니다`,
    en: `${TABLE_NAMES.T1.en} (${departmentName(dept).en}): could not match goals to their unit projects, so budgets and counts were not checked`,
  }),
} as const satisfies RuleMessages<'link.unresolved'>;

function unresolved(dept: Department, plan: Plan): Finding[] {
  const table = plan.tables[dept.t1];
  if (!table) return [];
  const ref = tableAt(table);
  return [
    {
      severity: 'warning',
      rule: 'link.unresolved',
      messageId: 'unmatched',
      ref,
      cells: [ref],
      message: UNRESOLVED_MESSAGES.unmatched(dept),
    },
  ];
}

/**
 * 정책사업목표 현황 beyond its relations (relations/t1Goals.ts): goals the model could not match to their 단위사업 are
 * one warning; where several splits fit equally well, the goals they leave open are checked together.
 */
export function goalChecks(dept: Department, plan: Plan): Checks {
  if (!dept.linked) return { findings: unresolved(dept, plan) };
  if (!dept.candidates) return { findings: [] };
  const open = dept.goals.filter((g) => g.open);
  const budget = (g: Goal) => goalOperand(g, 'budget');
  const shared = ambiguousLink(dept, plan, {
    budgets: open.map(budget),
    counts: open.map((g) => goalOperand(g, 'unitCount')),
    units: open.flatMap((g) => g.unitProjects),
    terms: unitTerms(
      dept,
      plan,
      open.flatMap((g) => g.unitProjects),
    ),
  });
  return { findings: shared.findings, evaluated: shared.evaluated };
}
