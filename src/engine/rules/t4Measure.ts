import type { Finding, Message } from '../findings/finding';
import type { MessageId, RuleMessages } from '../findings/ruleRegistry';
import { classifyMeasure } from '../formula/classify';
import { parseFormula } from '../formula/parse';
import type { Indicator, TextCell } from '../model/plan';
import { say } from './messages';

const formulaOf = (indicator: string): Message => ({ ko: `${indicator} 측정산식`, en: `${indicator} measurement formula` });

const MEASURE_MESSAGES = {
  syntax: (indicator: string, error: Message, at: number): Message =>
    say(
      formulaOf(indicator),
      `산식을 읽을 수 없습니다 — ${error.ko} (${at}번째 글자)`,
      `the formula cannot be read — ${error.en} (character ${at})`,
    ),
  noQuantity: (indicator: string): Message =>
    say(formulaOf(indicator), '산식에 측정하는 값의 이름이 없습니다', 'the formula names no measured quantity'),
} as const satisfies RuleMessages<'t4.measure'>;

const measureFinding = (cell: TextCell, messageId: MessageId<'t4.measure'>, message: Message, offset?: number): Finding => ({
  severity: 'warning',
  rule: 't4.measure',
  messageId,
  ref: cell.ref,
  cells: [cell.ref],
  message,
  stated: cell.text,
  ...(offset === undefined ? {} : { offset }),
});

/**
 * A 측정산식 is how the indicator's 실적 is computed, so a reviewer reads it: one that does not parse (an operator
 * with nothing after it, an unclosed parenthesis) is told with the offset of the fault, and one made of numbers alone
 * (`100/3`) names no quantity to measure. A 측정방법 in words (`서구방송보도건수`, a list) is not a formula: no finding.
 */
export function measureChecks(indicator: Indicator): Finding[] {
  const cell = indicator.formula;
  if (!cell || cell.text.trim() === '' || classifyMeasure(cell.text) !== 'formula') return [];
  const name = indicator.name.text;
  const parsed = parseFormula(cell.text);
  if (!parsed.ok) {
    const at = parsed.error.position + 1;
    return [measureFinding(cell, 'syntax', MEASURE_MESSAGES.syntax(name, parsed.error, at), parsed.error.position)];
  }
  if (parsed.identifiers.length > 0) return [];
  return [measureFinding(cell, 'noQuantity', MEASURE_MESSAGES.noQuantity(name))];
}
