import { alignColumns, displayWidth, padDisplay } from '../../../src/engine/grid/displayWidth';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['D7', 2],
    ['예산현황', 8],
    ['정보홍보실 B5:H12', 10 + 1 + 6],
    ['△4.50%', 6],
    ['ＡＢ１', 6], // full-width forms
    ['年', 2],
    ['e\u0301', 1], // e + combining acute
  ])('%s → %i', (text, width) => expect(displayWidth(text)).toBe(width));
});

describe('alignColumns', () => {
  it('lines up columns after Hangul cells in terminal columns, not characters', () => {
    const lines = alignColumns([
      ['오류', 'D7', 'Z'],
      ['warning', 'AA10', 'Z'],
      ['정보홍보실', '', 'Z'],
    ]);
    const zAt = lines.map((line) => displayWidth(line.slice(0, line.indexOf('Z'))));
    expect(new Set(zAt).size).toBe(1);
    expect(padDisplay('예산', 6)).toBe('예산  ');
  });
});
