import type { CellValue } from './sheet';
import { normalizeText } from './text';

export type YearKind = '결산' | '예산' | '추경' | '목표' | '실적';

const full = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

const YEAR = /^['’‘`]?(\d{2}|\d{4})(?:년도|년)?$/;
const YEAR_HEADER = /^['’‘`]?(\d{2}|\d{4})(?:년도|년)?(본예산|결산|예산|추경|목표|실적)?$/;

/** '14, ’14, 2014, 14년, a numeric 2014 and the text "14" Excel keeps for a typed '14 → 2014. */
export function parseYear(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1990 && value <= 2100 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = YEAR.exec(normalizeText(value).replace(/ /g, ''));
  return m ? full(m[1]) : undefined;
}

/** A year column header with its kind: '14결산, 2015 예산, '16예산, 14년 결산. */
export function parseYearHeader(text: CellValue): { year: number; kind?: YearKind } | undefined {
  if (typeof text === 'number') {
    const year = parseYear(text);
    return year === undefined ? undefined : { year };
  }
  if (typeof text !== 'string') return undefined;
  const m = YEAR_HEADER.exec(normalizeText(text).replace(/ /g, ''));
  if (!m) return undefined;
  const kind = m[2] === '본예산' ? '예산' : (m[2] as YearKind | undefined);
  return kind ? { year: full(m[1]), kind } : { year: full(m[1]) };
}
