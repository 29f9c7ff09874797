import { columnIndex, columnName } from '../../engine/edge';

/**
 * A shared formula as one of the cells sharing it reads (`<f t="shared" si="0"/>` holds no text): the master's
 * formula with every relative reference moved by the offset between the two cells; `$` parts stay, and a name that
 * only looks like a reference (past column XFD, or a function call) is left alone. Both cells are 0-based.
 */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (whole, sheet: string | undefined, _name, address: string, call: string | undefined) => {
    if (call) return whole;
    const m = REFERENCE.exec(address);
    if (!m) return whole;
    const [, colDollar = '', letters, rowDollar = '', digits] = m;
    const upper = letters.toUpperCase();
    if (upper.length > 3 || (upper.length === 3 && upper > 'XFD')) return whole;
    const col = columnIndex(upper) + (colDollar ? 0 : to.col - from.col);
    const row = Number(digits) + (rowDollar ? 0 : to.row - from.row);
    return `${sheet ?? ''}${colDollar}${columnName(col)}${rowDollar}${row}`;
  });
}
