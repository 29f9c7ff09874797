import type { RuleMessage, RuleMessages } from '../findings/ruleRegistry';
import type { Finding, FindingBody, Message } from '../findings/finding';
import { josa } from '../findings/particle';
import { KNOWN_SOURCES, parseSupportTerms } from '../model/funding';
import type { Overview } from '../model/plan';
import { placeText } from '../relations/placeText';
import { say } from './messages';

const TERMS: Message = { ko: '지원조건', en: 'funding terms' };

/** A piece with a percentage but no known source (`민간 30%`) names an unknown source; other pieces are unreadable. */
const HAS_SHARE = /[0-9]\s*%/;

const SHARES_MESSAGES = {
  sum: (p: Message, total: number): Message =>
    say(p, `재원 비율 합계 ${total}%, 100%여야 합니다`, `shares sum to ${total}%, not 100%`),
} as const satisfies RuleMessages<'t6.shares'>;

const SOURCE_MESSAGES = {
  unknownSource: (p: Message, piece: string): Message =>
    say(
      p,
      `'${piece}'의 재원을 알 수 없습니다 (${KNOWN_SOURCES.join(', ')} 중 하나)`,
      `'${piece}' names no known funding source`,
    ),
} as const satisfies RuleMessages<'t6.source'>;

const TERMS_MESSAGES = {
  unreadable: (p: Message, piece: string): Message =>
    say(p, `${josa(`'${piece}'`, '을/를')} 재원 비율로 읽을 수 없습니다`, `'${piece}' does not read as funding shares`),
} as const satisfies RuleMessages<'t6.terms'>;

/** 관련 예산사업 개요 지원조건: each source a known one, the shares summing to 100 %, the rest readable. */
export function overviewChecks(overview: Overview): Finding[] {
  const terms = overview.supportTerms;
  if (!terms) return [];
  const { shares, unread } = parseSupportTerms(terms.text);
  const p = placeText({ table: 'T6', row: overview.name.text, col: TERMS });
  const at = (severity: Finding['severity'], said: RuleMessage, message: Message, extra: Partial<FindingBody> = {}): Finding => ({
    severity,
    ...said,
    ref: terms.ref,
    cells: [terms.ref],
    message,
    stated: terms.text,
    ...extra,
  });
  const unknown = unread.filter((piece) => HAS_SHARE.test(piece));
  const findings = [
    ...unknown.map((piece) =>
      at('error', { rule: 't6.source', messageId: 'unknownSource' }, SOURCE_MESSAGES.unknownSource(p, piece)),
    ),
    ...unread
      .filter((piece) => !HAS_SHARE.test(piece))
      .map((piece) => at('warning', { rule: 't6.terms', messageId: 'unreadable' }, TERMS_MESSAGES.unreadable(p, piece))),
  ];
  // An unknown source already explains a short sum: one typo, one error.
  const total = shares.reduce((acc, s) => acc + s.share, 0);
  if (shares.length > 0 && unknown.length === 0 && Math.abs(total - 100) > 1e-9)
    findings.push(at('error', { rule: 't6.shares', messageId: 'sum' }, SHARES_MESSAGES.sum(p, total), { expected: 100 }));
  return findings;
}
