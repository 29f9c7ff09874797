/**
 * Excel's ROUND: half away from zero on the 15-significant-digit decimal of x.
 * Floating multiplication is wrong here: Math.round(-449.5) is -449 and (1.005).toFixed(2) is "1.00".
 */
export function excelRound(x: number, digits: number): number {
  if (x === 0) return 0; // never -0: it would print as "-0"
  if (!Number.isFinite(x)) return x;
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
