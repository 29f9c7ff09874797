import { type Finding, showNumber } from '../engine/edge';

/** A figure as the pane shows it: grouped digits, up to 4 decimals, △ for negatives as the documents write them. */
export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  const text = Math.abs(value).toLocaleString('ko-KR', { maximumFractionDigits: 4 });
  return value < 0 ? `△${text}` : text;
}

/** A finding's figures as its cell shows them (`△4.50`, `86.95 ~ 87.05`) when the rule says how many decimals that is. */
export function findingFigures(f: Finding): { stated?: string; expected?: string; interval?: string } {
  const show = (v: number | string | null | undefined): string =>
    typeof v === 'number' && f.decimals !== undefined ? showNumber(v, f.decimals) : formatNumber(v);
  const [lo, hi] = f.interval ? (f.decimals !== undefined ? f.interval.map(show) : f.interval.map(formatNumber)) : [];
  return {
    ...(f.stated !== undefined ? { stated: show(f.stated) } : {}),
    ...(f.expected !== undefined ? { expected: show(f.expected) } : {}),
    // An exact figure (a count, 17 ~ 17) has no range worth showing: the computed value says it.
    ...(lo !== undefined && lo !== hi ? { interval: `${lo} ~ ${hi}` } : {}),
  };
}
