import type { CellValue } from '../../../src/engine/grid/sheet';
import { parseYear, parseYearHeader } from '../../../src/engine/grid/years';

describe('parseYear: every way a plan writes a year', () => {
  it.each<[CellValue, number]>([
    ["'14", 2014],
    ['’14', 2014],
    ['‘14', 2014],
    ['`14', 2014],
    ['2014', 2014],
    ['14년', 2014],
    ['2014년', 2014],
    ['2014년도', 2014],
    ['14', 2014], // what Excel keeps for a typed '14
    [' 14 ', 2014],
    ['＇１４', 2014],
    ['２０１５년', 2015],
    [2014, 2014],
    ["'99", 2099],
  ])('%j is %d', (v, year) => expect(parseYear(v)).toBe(year));

  it.each<[CellValue]>([
    ['계'],
    ['141'],
    ['1,723'],
    ['1723'],
    [1723],
    [14.5],
    [2014.5],
    ['14억'],
    [17],
    ['14결산'],
    [''],
    [null],
    [true],
  ])('%j is no year', (v) => expect(parseYear(v)).toBeUndefined());
});

describe('parseYearHeader: T4/T5 year columns', () => {
  it.each<[CellValue, number, string | undefined]>([
    ["'14결산", 2014, '결산'],
    ['2015 예산', 2015, '예산'],
    ["'16예산", 2016, '예산'],
    ["'14결산액", 2014, '결산'],
    ['2016 예산액', 2016, '예산'],
    ['14년 결산', 2014, '결산'],
    ['2016년 본예산', 2016, '예산'],
    ["'16 추경", 2016, '추경'],
    ["'17목표", 2017, '목표'],
    ['’15 실적', 2015, '실적'],
    ["'14\n결산", 2014, '결산'],
    ["'17", 2017, undefined],
    [2018, 2018, undefined],
  ])('%j is %d %s', (text, year, kind) => {
    expect(parseYearHeader(text)).toEqual(kind ? { year, kind } : { year });
  });

  it.each<[CellValue]>([['구분'], ['사업명'], ["'14결산률"], ['결산'], ['1723 예산'], [null]])('%j is no year header', (t) => {
    expect(parseYearHeader(t)).toBeUndefined();
  });
});
