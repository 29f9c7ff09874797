import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import { figure } from '../interval/shown';
import type { NumCell, Summary, SummaryRow } from '../model/plan';
import { placeText } from '../relations/placeText';
import type { Place } from '../relations/relation';
import { COUNT_COLUMNS, summaryPlace, type SummaryColumn } from '../relations/t0Summary';
import type { Checks } from './coverage';
import { say } from './messages';

const COUNT_MESSAGES = {
  notWhole: (place: Place, v: number): Message =>
    say(
      placeText(place),
      `${figure(v, 2)}: 개수는 0 이상의 정수여야 합니다`,
      `${figure(v, 2)}: a count must be a whole number, 0 or more`,
    ),
} as const satisfies RuleMessages<'t0.count'>;

/** A count that is not a whole number of 개 (2.5, △1): said once per cell, with no arithmetic to judge. */
function notWhole(row: SummaryRow, col: SummaryColumn): Finding[] {
  const cell: NumCell = row[col];
  const v = cell.value;
  if (v === null || (Number.isInteger(v) && v >= 0)) return [];
  return [
    {
      severity: 'error',
      rule: 't0.count',
      messageId: 'notWhole',
      ref: cell.ref,
      cells: [cell.ref],
      message: COUNT_MESSAGES.notWhole(summaryPlace(row, col), v),
      stated: v,
    },
  ];
}

/** 성과계획 총괄표 beyond its relations (relations/t0Summary.ts): counts are whole numbers (`t0.count`). */
export function summaryChecks(summary: Summary): Checks {
  const { total, rows } = summary;
  const all = total ? [total, ...rows] : rows;
  return { findings: all.flatMap((row) => COUNT_COLUMNS.flatMap((col) => notWhole(row, col))) };
}
