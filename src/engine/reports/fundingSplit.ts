import { excelRound } from '../interval/round';
import type { SupportShare } from '../model/funding';
import { allocate } from '../recompute/largestRemainder';

/** Where a share of a budget goes that the 지원조건 does not name (they add up to less than 100 %, or say nothing usable). */
export const UNASSIGNED = '미확인';

export type FundingPart = { readonly source: string; readonly amount: number };

/** Half a point of rounding in the stated percentages (33.3 + 33.3 + 33.3) is still "the whole". */
const WHOLE_TOLERANCE = 0.5;

/**
 * A budget split by its 지원조건 on the unit the reader sees (`decimals` 0: whole 백만원), so the parts add up exactly to
 * the shown budget: largest-remainder rounding. Shares short of 100 % leave the rest to 미확인; shares above 100 %
 * (or none) cannot be applied and leave the whole budget to 미확인. A source named twice gets one part.
 */
export function fundingSplit(amount: number, decimals: number, shares: ReadonlyArray<SupportShare>): FundingPart[] {
  const sum = shares.reduce((a, s) => a + s.share, 0);
  if (shares.length === 0 || sum > 100 + WHOLE_TOLERANCE) return [{ source: UNASSIGNED, amount: excelRound(amount, decimals) }];
  const named = sum >= 100 - WHOLE_TOLERANCE ? [...shares] : [...shares, { source: UNASSIGNED, share: 100 - sum }];
  const parts = allocate(
    amount,
    named.map((s) => s.share),
    decimals,
  );
  const bySource = new Map<string, number>();
  named.forEach((s, i) => bySource.set(s.source, excelRound((bySource.get(s.source) ?? 0) + parts[i], decimals)));
  return [...bySource].map(([source, part]) => ({ source, amount: part }));
}

/** The usual order of sources in a finance table: national, metropolitan, district, local; others as they come; 미확인 last. */
const PREFERRED = ['국비', '시도비', '시비', '도비', '시비/도비', '시군비', '구비', '군비', '구비/군비', '지방비'];

export function sourceOrder(sources: ReadonlyArray<string>): string[] {
  const unique = [...new Set(sources)];
  const rank = (s: string) =>
    s === UNASSIGNED ? Infinity : PREFERRED.includes(s) ? PREFERRED.indexOf(s) : PREFERRED.length + unique.indexOf(s);
  return unique.sort((a, b) => rank(a) - rank(b));
}
