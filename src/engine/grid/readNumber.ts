import { format } from 'numfmt';
import { formatInfo } from '../interval/fromFormat';
import { generalDecimals } from '../interval/general';
import type { Reading } from './reading';
import type { Cell } from './sheet';
import { normalizeText } from './text';

const ERROR_LITERAL = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const DASH = /^[-‐‑‒–—−―]$/;
const NEGATIVE_MARK = /^[△▲\-−‒–]/;
const UNIT_SUFFIX = /(백만원|천원|억원|원|명|개|건)$/;
const DIGITS = /^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** Removes float noise from a scaled value (0.8697 × 100 → 86.97, not 86.97000000000001). */
const clean = (v: number): number => Number(v.toPrecision(15));

/** How a cell reads as a number (DOMAIN.md conventions): format-aware for numbers, convention-aware for text. */
export function readCell(cell: Cell | undefined): Reading {
  if (!cell) return { kind: 'blank' };
  if (cell.uncached) return { kind: 'uncached', formula: cell.formula ?? '' };
  if (cell.error) return { kind: 'error', shown: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'boolean') return { kind: 'word', shown: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'string') return readText(v);
  if (!Number.isFinite(v)) return { kind: 'error', shown: '#NUM!' };
  const info = formatInfo(cell.numFmt);
  const shown = formatShown(cell.numFmt ?? 'General', v);
  if (info.general || info.text) return { kind: 'number', value: v, decimals: generalDecimals(v), shown, percent: false };
  return { kind: 'number', value: clean(v * info.scale), decimals: info.decimals, shown, percent: info.percent };
}

function formatShown(code: string, v: number): string {
  try {
    return format(code, v);
  } catch {
    return String(v);
  }
}

/** Text in a number cell: △81, (81), −81, 1,104, １，１０４, △4.50%, 100.00 %, 17명; words and dashes are not numbers. */
export function readText(text: string): Reading {
  const shown = normalizeText(text);
  if (shown === '') return { kind: 'blank' };
  if (ERROR_LITERAL.test(shown)) return { kind: 'error', shown };
  if (DASH.test(shown)) return { kind: 'dash', shown };
  let body = shown.replace(/ /g, '');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(body);
  if (parenthesised) [negative, body] = [true, parenthesised[1]];
  if (NEGATIVE_MARK.test(body)) [negative, body] = [!negative, body.slice(1)];
  else if (body.startsWith('+')) body = body.slice(1);
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1);
  else body = body.replace(UNIT_SUFFIX, '');
  if (body === '' || !DIGITS.test(body)) return { kind: 'word', shown };
  const value = Number(body.replace(/,/g, ''));
  const decimals = body.includes('.') ? body.length - body.indexOf('.') - 1 : 0;
  return { kind: 'number', value: negative ? -value : value, decimals, shown, percent };
}
