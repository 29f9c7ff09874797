import type { Message } from '../findings/finding';
import { josa } from '../findings/particle';
import type { MessageId, RuleMessages } from '../findings/ruleRegistry';
import { rangeA1 } from '../grid/a1';
import type { RangeRef } from '../grid/cellRef';

/** Why a cell that should hold a number or a label does not: the message ids of `cell.unread` and `cell.merged`. */
export type UnreadId = MessageId<'cell.unread' | 'cell.merged'>;

/**
 * The reasons a cell is not read, keyed by message id: the words after the cell's table and place in a `cell.unread`
 * or `cell.merged` finding (unreadCells.ts puts them together). Detectors report the id and what the words need.
 */
export const UNREAD_MESSAGES = {
  notNumber: (shown: string): Message => ({
    ko: `${josa(`'${shown}'`, '은/는')} 숫자가 아닙니다`,
    en: `'${shown}' is not a number`,
  }),
  errorValue: (shown: string): Message => ({
    ko: `오류 값 ${josa(`'${shown}'`, '이/가')} 있습니다`,
    en: `holds the error '${shown}'`,
  }),
  uncachedFormula: (formula: string): Message => ({
    ko: `수식 '=${formula}'의 계산 결과가 저장되지 않았습니다`,
    en: `the formula '=${formula}' has no calculated value`,
  }),
  missingColumn: (label: string): Message => ({
    ko: `'${label}' 열을 찾을 수 없습니다`,
    en: `no '${label}' column in the header`,
  }),
  notBudgetRow: (label: string): Message => ({
    ko: `${josa(`'${label}'`, '은/는')} 예산현황의 행이 아닙니다`,
    en: `'${label}' is not a row of the budget table`,
  }),
  noIndicatorName: (): Message => ({ ko: '성과지표 이름이 없는 행입니다', en: 'a row without an indicator name' }),
  noMeasureName: (what: Message): Message => ({ ko: `${what.ko} 없는 행입니다`, en: `a row without ${what.en}` }),
  hiddenInMerge: (merge: RangeRef): Message => ({
    ko: `병합된 셀 ${rangeA1(merge)} 안에 가려져 있어 값을 읽거나 쓸 수 없습니다`,
    en: `hidden inside the merged cells ${rangeA1(merge)}, so it can be neither read nor written`,
  }),
} as const satisfies RuleMessages<'cell.unread'> & RuleMessages<'cell.merged'>;
