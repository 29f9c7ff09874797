import { excelRound } from './round';

/** A figure as the documents write it: thousands separators, △ for negatives (`1,723`, `△4.50`). */
export function showNumber(value: number, decimals: number): string {
  const rounded = excelRound(value, decimals);
  const [int, frac] = Math.abs(rounded).toFixed(Math.max(0, decimals)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '△' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * Decimals a message prints at most. General gives a tiny float (5E-324, a formula's 5.55E-17 noise) hundreds of
 * decimals, which toFixed refuses (over 100 it throws); no figure a reader checks needs more than this.
 */
const MAX_DECIMALS = 20;

/** A figure the way the plan shows it (`1,723`, `△4.50`); negative decimals (tens, hundreds) show as integers. */
export const figure = (v: number, decimals: number): string => showNumber(v, Math.min(MAX_DECIMALS, Math.max(0, decimals)));
