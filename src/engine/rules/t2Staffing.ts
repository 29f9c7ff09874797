import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import { figure } from '../interval/shown';
import type { StaffRow, Staffing } from '../model/plan';
import { placeText } from '../relations/placeText';
import { staffingOperand } from '../relations/t2Staffing';
import type { Checks } from './coverage';
import { say } from './messages';

const CURRENT_MESSAGES = {
  overQuota: (row: StaffRow, current: number, quota: number): Message =>
    say(
      placeText(staffingOperand(row, 'current').place),
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

/** 조직 및 인력현황 beyond its relations (relations/t2Staffing.ts): 현원 above 정원, per department row. */
export function staffingChecks(staffing: Staffing): Checks {
  const { total, rows } = staffing;
  return { findings: (rows.length > 0 ? rows : [total]).flatMap(overQuota) };
}
