/** Decimals General shows: those of the shortest decimal that round-trips the value, up to 10 significant digits. */
export function generalDecimals(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  const [mantissa, exp] = Math.abs(v).toPrecision(10).split('e');
  const frac = (mantissa.split('.')[1] ?? '').replace(/0+$/, '');
  return Math.max(0, frac.length - Number(exp ?? 0));
}
