import type { Cell } from '../../../src/engine/grid/sheet';
import { shownText } from '../../../src/taskpane/standalone/shownText';

describe('what a grid cell shows', () => {
  it.each<[string, Cell | undefined, string]>([
    ['a blank cell', undefined, ''],
    ['a negative amount under the △ format', { value: -81, numFmt: '#,##0;"△"#,##0;0' }, '△81'],
    ['thousands grouped', { value: 1723, numFmt: '#,##0' }, '1,723'],
    ['a share stored as a fraction', { value: 0.8697, numFmt: '0.00%' }, '86.97%'],
    ['General, as typed', { value: 86.97 }, '86.97'],
    ['text as it is', { value: '△4.50%' }, '△4.50%'],
    ['an error literal', { value: null, error: '#DIV/0!' }, '#DIV/0!'],
    ['a boolean', { value: true }, 'TRUE'],
    ['a format code numfmt cannot read, as General', { value: 1.5, numFmt: '[[[0' }, '1.5'],
  ])('%s', (_, cell, text) => expect(shownText(cell)).toBe(text));
});
