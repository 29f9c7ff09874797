import { generalDecimals } from '../interval/general';
import { point, type Interval } from '../interval/interval';
import { widen } from '../interval/ops';
import { excelRound } from '../interval/round';
import type { Reading } from './reading';

/**
 * Every value a reading may stand for (DOMAIN.md, "What a cell shows"): half a unit of the last shown digit
 * around the shown figure; what the cell holds when it holds more than it shows; a point for exact counts.
 * Null when the reading is not a number.
 */
export function readingInterval(r: Reading, opts: { exact?: boolean } = {}): Interval | null {
  if (r.kind === 'dash') return point(0);
  if (r.kind !== 'number') return null;
  if (opts.exact) return widen(point(r.value));
  const shown = excelRound(r.value, r.decimals);
  const holdsMore = Math.abs(r.value - shown) > 1e-9 * Math.max(1, Math.abs(r.value));
  const decimals = holdsMore ? generalDecimals(r.value) : r.decimals;
  const half = 0.5 * 10 ** -decimals;
  const centre = holdsMore ? r.value : shown;
  return widen({ lo: centre - half, hi: centre + half });
}
