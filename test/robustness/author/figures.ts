import type { Fig } from '../../fixtures/planData';
import type { Value } from './pen';
import type { AuthorStyle } from './style';

/** A figure as this author types it: the cell value and its number format. */
export type Typed = { readonly value: Value; readonly numFmt?: string };

const AMOUNT = '#,##0;"△"#,##0;0';
const RATIO = '0.00;"△"0.00;0.00';
const FRACTION = '0.00%;"△"0.00%;0.00%';

const grouped = (n: number, decimals: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** `△81`, `1,104`: what the document prints, typed as text. */
const asText = (n: number, decimals: number, suffix = ''): string =>
  `${n < 0 ? '△' : ''}${grouped(Math.abs(n), decimals)}${suffix}`;

/** An amount (백만원 or 천원): a number under a △ format, or its printed text. */
export function amount(style: AuthorStyle, v: Fig): Typed {
  if (typeof v === 'string') return { value: v };
  return style.numbers === 'text' ? { value: asText(v, 0) } : { value: v, numFmt: AMOUNT };
}

/** A 구성비 or 증감률 in percent (86.97): `0.00`, a fraction under `0.00%`, or text `86.97 %`. */
export function ratio(style: AuthorStyle, v: Fig): Typed {
  if (typeof v === 'string') return { value: v };
  if (style.numbers === 'text') return { value: asText(v, 2, v < 0 ? '%' : ' %') };
  if (style.numbers === 'fraction') return { value: Number((v / 100).toPrecision(12)), numFmt: FRACTION };
  return { value: v, numFmt: RATIO };
}

/** A sum typed as a formula over other cells when the author uses formulas (its result cached as Excel would). */
export function summed(style: AuthorStyle, typed: Typed, formula: string): Typed {
  if (!style.formulas || style.numbers === 'text' || typeof typed.value !== 'number') return typed;
  return { ...typed, value: { formula, result: typed.value } };
}

/** A plain count or weight. */
export const count = (v: Fig): Typed => ({ value: v });
