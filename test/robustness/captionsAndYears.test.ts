import { parseUnitCaption } from '../../src/engine/grid/units';
import { parseYearHeader } from '../../src/engine/grid/years';

/** Caption and year-header forms other authors type, found while writing their workbooks. */
describe('unit captions in any bracket', () => {
  test.each([
    '[단위: 천원]',
    '<단위 : 천원>',
    '〔단위: 천원〕',
    '【단위:천원】',
    '※ 단위: 천원',
    '(단위: 천 원)',
    '［단위：천원］',
  ])('%s names 천원', (text) => {
    expect(parseUnitCaption(text)?.map((u) => u.name)).toEqual(['천원']);
  });
  test.each(['단위사업', '[단위사업]', '<단위사업명>', '단위 사업'])('%s is no caption', (text) => {
    expect(parseUnitCaption(text)).toBeUndefined();
  });
});

describe('year headers with a column letter or a kind in parentheses', () => {
  test.each<[string, number, string]>([
    ['2016 예산(A)', 2016, '예산'],
    ["'15 예산(B)", 2015, '예산'],
    ['2016(예산)', 2016, '예산'],
    ['2014년(결산)', 2014, '결산'],
  ])('%s', (text, year, kind) => {
    expect(parseYearHeader(text)).toEqual({ year, kind });
  });
  test.each(['증감(B-A)', '2016 예산(AB)', '(A)'])('%s is no year header', (text) => {
    expect(parseYearHeader(text)).toBeUndefined();
  });
});
