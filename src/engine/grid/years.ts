import type { CellValue } from './sheet';
import { compactText } from './text';

export type YearKind = '결산' | '예산' | '추경' | '목표' | '실적';

// Plan years: a four-digit number outside this span is an amount (1,723), not a year.
const plausible = (year: number): number | undefined =>
  Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;

// Two digits mean 20yy; the apostrophe may be typed straight, curly or as a backtick. The kind may sit in
// parentheses (`2016(예산)`). A trailing letter in parentheses names the column for a formula under it
// (`2016 예산(A)`): it is no part of the year.
// `결산액`/`예산액` name the same columns as `결산`/`예산`.
const YEAR_HEADER = /^['’‘`]?(\d{2}|\d{4})(?:년도|년)?(?:\(?(본예산|결산|예산|추경|목표|실적)액?\)?)?(?:\([A-Za-z가-힣]\))?$/;

/** A year column header with its kind: '14결산, 2015 예산, '16예산, 14년 결산; a bare year has no kind. */
export function parseYearHeader(text: CellValue): { year: number; kind?: YearKind } | undefined {
  if (typeof text === 'number') {
    const year = plausible(text);
    return year === undefined ? undefined : { year };
  }
  if (typeof text !== 'string') return undefined;
  const m = YEAR_HEADER.exec(compactText(text));
  if (!m) return undefined;
  const year = plausible(m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]));
  if (year === undefined) return undefined;
  const kind = m[2] === '본예산' ? '예산' : (m[2] as YearKind | undefined);
  return kind ? { year, kind } : { year };
}

/** '14, ’14, 2014, 14년, a numeric 2014 and the text "14" Excel keeps for a typed '14 → 2014. */
export function parseYear(value: CellValue): number | undefined {
  const header = parseYearHeader(value);
  return header && !header.kind ? header.year : undefined;
}

/** `'14` as the documents head a year column. */
export const shortYear = (year: number): string => `'${String(year % 100).padStart(2, '0')}`;
