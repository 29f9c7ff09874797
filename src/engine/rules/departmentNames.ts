import { refA1 } from '../grid/a1';
import { compactText } from '../grid/text';
import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import type { Department, Plan } from '../model/plan';
import { TABLE_NAMES } from '../model/tableNames';
import { departmentName } from './messages';
import { tableAt } from './tableAt';

const DUPLICATE_MESSAGES = {
  sameName: (dept: Department, at: string): Message => ({
    ko: `${TABLE_NAMES.T1.ko} (${departmentName(dept).ko}): 앞의 부서(${at})와 부서 이름이 같습니다. 부서 이름을 확인하세요. 부서를 이름으로 고르면 두 부서가 하나로 합쳐집니다`,
    en: `${TABLE_NAMES.T1.en} (${departmentName(dept).en}): an earlier department (${at}) has the same name. Check the department names: choosing a department by name takes both as one`,
  }),
} as const satisfies RuleMessages<'plan.duplicateDepartment'>;

/**
 * Two departments with one name (a copied `[소관실국]` line or 부서명): a warning at the later one's T1, naming
 * the earlier one's. Both are still checked apart, but whatever selects a department by name (a report for one
 * department) would take them as one.
 */
export function duplicateDepartments(plan: Plan): Finding[] {
  const firstOf = new Map<string, number>();
  return plan.departments.flatMap((dept) => {
    const key = compactText(dept.name);
    const first = firstOf.get(key);
    if (first === undefined) return (firstOf.set(key, dept.t1), []);
    const [table, earlier] = [plan.tables[dept.t1], plan.tables[first]];
    if (!table || !earlier) return [];
    const [ref, other] = [tableAt(table), tableAt(earlier)];
    const at = `${other.sheet}!${refA1(other)}`;
    return [
      {
        severity: 'warning' as const,
        rule: 'plan.duplicateDepartment' as const,
        messageId: 'sameName' as const,
        ref,
        cells: [ref, other],
        message: DUPLICATE_MESSAGES.sameName(dept, at),
      },
    ];
  });
}
