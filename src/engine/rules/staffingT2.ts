import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import type { StaffRow, Staffing } from '../model/plan';
import { figure, placeText, say } from './messages';
import { operand, sumRelation, type Checks, type Operand, type Relation } from './relation';

type Column = 'quota' | 'grade4' | 'grade5' | 'grade6' | 'current';

const COLUMNS: Readonly<Record<Column, Message>> = {
  quota: { ko: '정원 계', en: 'authorised total' },
  grade4: { ko: '4급이상', en: 'grade 4 and above' },
  grade5: { ko: '5급', en: 'grade 5' },
  grade6: { ko: '6급이하', en: 'grade 6 and below' },
  current: { ko: '현원', en: 'current staff' },
};

const at = (row: StaffRow, col: Column): Operand => operand(row[col], { table: 'T2', row: row.name.text, col: COLUMNS[col] });

const CURRENT_MESSAGES = {
  overQuota: (row: StaffRow, current: number, quota: number): Message =>
    say(
      placeText(at(row, 'current').place),
      `현원 ${figure(current, 0)}명이 정원 ${figure(quota, 0)}명보다 많습니다`,
      `${figure(current, 0)} staff exceed the authorised ${figure(quota, 0)}`,
    ),
} as const satisfies RuleMessages<'t2.current'>;

/** 현원 above 정원 is possible (secondments) but deserves a look. */
function overQuota(row: StaffRow): Finding[] {
  const [current, quota] = [row.current.value, row.quota.value];
  if (current === null || quota === null || current <= quota) return [];
  return [
    {
      severity: 'warning',
      rule: 't2.current',
      messageId: 'overQuota',
      ref: row.current.ref,
      cells: [row.current.ref, row.quota.ref],
      message: CURRENT_MESSAGES.overQuota(row, current, quota),
      stated: current,
      expected: quota,
    },
  ];
}

/** 조직 및 인력현황: 정원 계 = 4급이상 + 5급 + 6급이하 per row; the 계 row sums the departments, column by column. */
export function staffingChecks(staffing: Staffing): Checks {
  const { total, rows } = staffing;
  const relations: Relation[] = [total, ...rows].map((r) =>
    sumRelation('t2.quota', at(r, 'quota'), [at(r, 'grade4'), at(r, 'grade5'), at(r, 'grade6')]),
  );
  if (rows.length > 0)
    for (const col of Object.keys(COLUMNS) as Column[])
      relations.push(
        sumRelation(
          't2.total',
          at(total, col),
          rows.map((r) => at(r, col)),
        ),
      );
  const findings = (rows.length > 0 ? rows : [total]).flatMap(overQuota);
  return { relations, findings };
}
