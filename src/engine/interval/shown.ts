import { excelRound } from './round';

/** A figure as the documents write it: thousands separators, △ for negatives (`1,723`, `△4.50`). */
export function showNumber(value: number, decimals: number): string {
  const rounded = excelRound(value, decimals);
  const [int, frac] = Math.abs(rounded).toFixed(Math.max(0, decimals)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '△' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
