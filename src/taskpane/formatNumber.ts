/** A figure as the pane shows it: grouped digits, up to 4 decimals, △ for negatives as the documents write them. */
export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  const text = Math.abs(value).toLocaleString('ko-KR', { maximumFractionDigits: 4 });
  return value < 0 ? `△${text}` : text;
}

export const formatInterval = ([lo, hi]: readonly [number, number]): string => `${formatNumber(lo)} ~ ${formatNumber(hi)}`;
