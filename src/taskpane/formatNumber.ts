import { type Finding, showNumber } from '../engine/edge';

/** A figure as the pane shows it: grouped digits, up to 4 decimals, △ for negatives as the documents write them. */
export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  const text = Math.abs(value).toLocaleString('ko-KR', { maximumFractionDigits: 4 });
  return value < 0 ? `△${text}` : text;
}

export const formatInterval = ([lo, hi]: readonly [number, number]): string => `${formatNumber(lo)} ~ ${formatNumber(hi)}`;

/** A finding's figures as its cell shows them (`△4.50`, `86.95 ~ 87.05`) when the rule says how many decimals that is. */
export function findingFigures(f: Finding): { stated?: string; expected?: string; interval?: string } {
  const show = (v: number | string | null | undefined): string =>
    typeof v === 'number' && f.decimals !== undefined ? showNumber(v, f.decimals) : formatNumber(v);
  return {
    ...(f.stated !== undefined ? { stated: show(f.stated) } : {}),
    ...(f.expected !== undefined ? { expected: show(f.expected) } : {}),
    ...(f.interval
      ? { interval: f.decimals !== undefined ? `${show(f.interval[0])} ~ ${show(f.interval[1])}` : formatInterval(f.interval) }
      : {}),
  };
}
