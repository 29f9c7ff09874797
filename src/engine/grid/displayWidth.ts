/**
 * Terminal columns a text takes: Hangul, CJK and full-width characters take two, combining marks none.
 * Ambiguous-width signs (△, ·) count one, as in a terminal outside a CJK locale.
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, Hangul compatibility Jamo, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // full-width signs (￦ …)
  [0x20000, 0x3fffd], // CJK extensions B …
];

const inRanges = (code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([lo, hi]) => code >= lo && code <= hi);

const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // combining diacritics
  [0x200b, 0x200f], // zero-width space, joiners, marks
  [0xfe00, 0xfe0f], // variation selectors
];

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += inRanges(code, ZERO) ? 0 : inRanges(code, WIDE) ? 2 : 1;
  }
  return width;
}

/** Pads on the right to `width` terminal columns. */
export const padDisplay = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Rows of cells as aligned lines: every column but the last padded to its widest cell. */
export function alignColumns(rows: ReadonlyArray<ReadonlyArray<string>>, indent = ''): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : padDisplay(cell, widths[i])))
        .join('  ')
        .trimEnd(),
  );
}
