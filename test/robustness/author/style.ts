/**
 * How another 구청's author lays out the same plan: everything a real workbook may vary that DOMAIN.md allows.
 * Written independently of test/fixtures/build so the detector's assumptions are not shared.
 */
export type AuthorStyle = {
  readonly name: string;
  /**
   * oneSheet: every department on one sheet; sections: 총괄 (T1–T3), 지표 (T4), 사업 (T5, T6) sheets per department;
   * summary: those three sheets shared by every department; perDepartment: one sheet each.
   */
  readonly layout: 'oneSheet' | 'sections' | 'summary' | 'perDepartment';
  /** 1-based row and column of the first thing written. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly title: 'angle' | 'square' | 'numbered' | 'none';
  /** Where the `(단위 …)` caption sits: over the first column, right-aligned over the last, or nowhere. */
  readonly caption: 'left' | 'right' | 'none';
  /** The caption's brackets: `(단위: 천원)`, `[단위: 천원]` or `<단위 : 천 원>`. */
  readonly brackets: '()' | '[]' | '<>';
  /** Header words as printed with spaces (`성과지표 수`, `예 산 액`, `구 분`) or compact. */
  readonly spacedWords: boolean;
  readonly years: 'apostrophe' | 'nyeon' | 'number';
  /** Sums (T2 계, T3 계/행정운영경비, T5 단위사업 row) typed as values or as formulas with cached results. */
  readonly formulas: boolean;
  /** Negatives and ratios as numbers under a △ format (ratios 86.97 under `0.00`, or 0.8697 under `0.00%`), or as text (`△81`, `86.97 %`). */
  readonly numbers: 'format' | 'fraction' | 'text';
  readonly t3Total: '계' | '합계' | '총계';
  /** T5 amounts in 천원 beside T1/T3 in 백만원 (only for data that holds 천원). */
  readonly t5InThousands: boolean;
  /** The indicator name merged over its 목표 and 실적 rows, or copied into both. */
  readonly mergeNames: boolean;
  /** One T2 for every department (계 row first) in the first department's section. */
  readonly sharedT2: boolean;
  /** Frozen panes, a hidden sheet, a chart-data sheet, a print area, a notes column. */
  readonly extras: boolean;
};

export const BASE: AuthorStyle = {
  name: 'base',
  layout: 'oneSheet',
  origin: { row: 2, col: 2 },
  title: 'angle',
  caption: 'right',
  brackets: '()',
  spacedWords: true,
  years: 'apostrophe',
  formulas: false,
  numbers: 'format',
  t3Total: '계',
  t5InThousands: false,
  mergeNames: true,
  sharedT2: false,
  extras: false,
};

/** The styles every clean-plan test runs over: each changes several things at once, as a different office would. */
export const STYLES: ReadonlyArray<AuthorStyle> = [
  BASE,
  {
    ...BASE,
    name: 'compact words, no titles, captions left, 2014년, formulas',
    origin: { row: 1, col: 1 },
    title: 'none',
    caption: 'left',
    brackets: '[]',
    spacedWords: false,
    years: 'nyeon',
    formulas: true,
  },
  {
    ...BASE,
    name: 'sections, numbered titles, numeric years, fractions, 합계',
    layout: 'sections',
    origin: { row: 4, col: 3 },
    title: 'numbered',
    years: 'number',
    numbers: 'fraction',
    t3Total: '합계',
    mergeNames: false,
  },
  {
    ...BASE,
    name: 'per department, □ titles, no captions, text numbers, 총계, extras',
    layout: 'perDepartment',
    title: 'square',
    caption: 'none',
    numbers: 'text',
    t3Total: '총계',
    extras: true,
  },
  {
    ...BASE,
    name: 'one sheet, shared T2, formulas, extras',
    sharedT2: true,
    formulas: true,
    extras: true,
    origin: { row: 3, col: 1 },
  },
  {
    ...BASE,
    name: 'summary sheets shared by every department, text numbers',
    layout: 'summary',
    numbers: 'text',
    caption: 'left',
  },
  {
    ...BASE,
    name: 'sections, T5 in 천원, fractions, formulas',
    layout: 'sections',
    t5InThousands: true,
    numbers: 'fraction',
    formulas: true,
    caption: 'left',
    brackets: '<>',
  },
];
