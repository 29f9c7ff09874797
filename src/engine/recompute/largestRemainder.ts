import { excelRound } from '../interval/round';

export type TieBreak = (i: number, j: number) => number;

/** Remainders compared on 9 decimals, so float noise (0.1 + 0.2) does not decide a tie. */
const settle = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Negative, NaN or infinite shares stand for nothing; if nothing is left, every share counts equally. */
function usableShares(shares: readonly number[]): number[] {
  const clean = shares.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  return clean.some((s) => s > 0) ? clean : clean.map(() => 1);
}

/**
 * Integers proportional to `shares` that sum to exactly `total` (rounded to an integer), each within 1
 * of its exact share: every part gets the floor of its exact share, and the units still missing go one
 * each to the largest remainders, ties by `tieBreak` (negative puts i first) and then the earlier index.
 */
export function largestRemainder(shares: number[], total: number, opts?: { tieBreak?: TieBreak }): number[] {
  const whole = Math.round(total);
  if (whole < 0) return largestRemainder(shares, -whole, opts).map((n) => -n);
  if (shares.length === 0) return [];
  const clean = usableShares(shares);
  const sum = clean.reduce((a, b) => a + b, 0);
  // Multiply before dividing: integer shares of an integer total then give exact quotients.
  const exact = clean.map((s) => (s * whole) / sum);
  const parts = exact.map((e) => Math.floor(settle(e)));
  const remainders = exact.map((e, i) => settle(e - parts[i]));
  const tieBreak = opts?.tieBreak ?? (() => 0);
  const order = exact.map((_, i) => i).sort((i, j) => remainders[j] - remainders[i] || tieBreak(i, j) || i - j);
  const missing = whole - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k += 1) parts[order[k]] += 1;
  return parts;
}

/**
 * New 가중치 after indicators were added or removed: the stated weights keep their proportions, a new
 * indicator (weight null) starts at the mean of the stated ones, and the whole is brought to integers
 * summing to 100, ties going to 핵심 (core) indicators first and then to the earlier row.
 */
export function rebalanceWeights(indicators: { weight: number | null; core: boolean }[]): number[] {
  const stated = indicators.flatMap((x) => (x.weight !== null && Number.isFinite(x.weight) && x.weight > 0 ? [x.weight] : []));
  const mean = stated.length === 0 ? 1 : stated.reduce((a, b) => a + b, 0) / stated.length;
  const shares = indicators.map((x) => (x.weight === null ? mean : x.weight));
  const coreFirst: TieBreak = (i, j) => Number(indicators[j].core) - Number(indicators[i].core);
  return largestRemainder(shares, 100, { tieBreak: coreFirst });
}

/**
 * Splits `amount` by percentage `shares` on the unit the reader sees (`unitDecimals` 0 → whole 백만원), so
 * the shown parts add up exactly to the shown amount (국비 50%, 시비 25%, 구비 25% of 15 → 8, 4, 3 or so).
 */
export function allocate(amount: number, shares: number[], unitDecimals: number): number[] {
  const scale = 10 ** unitDecimals;
  const units = Math.round(excelRound(amount, unitDecimals) * scale);
  return largestRemainder(shares, units).map((n) => n / scale);
}
