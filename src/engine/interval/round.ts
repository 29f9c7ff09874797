/**
 * Excel's ROUND: half away from zero on the 15-significant-digit decimal of x.
 * Floating multiplication is wrong here: Math.round(-449.5) is -449 and (1.005).toFixed(2) is "1.00".
 */
export function excelRound(x: number, digits: number): number {
  if (x === 0) return 0; // never -0: it would print as "-0"
  if (!Number.isFinite(x)) return x;
  return binaryRound(x, digits) ?? decimalRound(x, digits);
}

/** 10^d for the digits the fast path takes: every one is an exact double. */
const POWERS = Array.from({ length: 16 }, (_, d) => 10 ** d);

/**
 * The common case without strings (the engine rounds every figure it judges; the decimal path was a tenth of a city's
 * check): when x·10^d lies clearly off the half, the binary product rounds the same way as the 15-digit decimal,
 * whose distance from x is at most 5e-15 of |x|; the margin below is twenty times that. The quotient m / 10^d and
 * the decimal's `me-d` are both the double nearest the same real, so the results are identical. Near a half, or out
 * of range, undefined: the decimal path decides.
 */
function binaryRound(x: number, digits: number): number | undefined {
  if (!Number.isInteger(digits) || digits < 0 || digits >= POWERS.length) return undefined;
  const a = Math.abs(x);
  if (a >= 1e15) return undefined;
  if (Number.isInteger(a)) return x;
  const scaled = a * POWERS[digits];
  if (scaled >= 2 ** 52) return undefined;
  const whole = Math.floor(scaled);
  if (Math.abs(scaled - whole - 0.5) <= 1e-13 * Math.max(1, scaled)) return undefined;
  const magnitude = (scaled - whole > 0.5 ? whole + 1 : whole) / POWERS[digits];
  return magnitude === 0 ? 0 : x < 0 ? -magnitude : magnitude;
}

/** ROUND on the decimal string of x: exact wherever it is, and the reference the fast path is tested against. */
export function decimalRound(x: number, digits: number): number {
  if (x === 0) return 0;
  const [mantissa, exp] = Math.abs(x).toPrecision(15).split('e');
  const [int, frac = ''] = mantissa.split('.');
  // Shift the decimal string so that the kept digits are the integer part: no binary arithmetic involved.
  const shift = Number(exp ?? 0) + digits;
  const digitsAll = int + frac;
  const point = int.length + shift;
  const padded = point > digitsAll.length ? digitsAll.padEnd(point, '0') : digitsAll;
  const kept = point <= 0 ? '0' : padded.slice(0, point);
  const next = point < 0 ? 0 : Number(padded[point] ?? '0');
  const magnitude = BigInt(kept) + (next >= 5 ? 1n : 0n);
  const result = Number(`${magnitude}e${-digits}`);
  return x < 0 && result !== 0 ? -result : result;
}
