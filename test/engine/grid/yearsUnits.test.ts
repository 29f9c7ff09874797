import { parseUnitCaption, moneyUnit } from '../../../src/engine/grid/units';
import { parseYear, parseYearHeader } from '../../../src/engine/grid/years';

describe('years', () => {
  it.each<[string | number, number]>([
    ["'14", 2014],
    ['’14', 2014],
    ['‘14', 2014],
    ['2014', 2014],
    ['14년', 2014],
    ['2014년', 2014],
    ['14', 2014],
    [2014, 2014],
    ['＇１４', 2014],
  ])('%j is %d', (v, year) => expect(parseYear(v)).toBe(year));

  it.each<[string | number]>([['계'], ['141'], [14.5], ['14억'], [17]])('%j is no year', (v) => expect(parseYear(v)).toBeUndefined());

  it.each<[string, number, string | undefined]>([
    ["'14결산", 2014, '결산'],
    ['2015 예산', 2015, '예산'],
    ["'16예산", 2016, '예산'],
    ['14년 결산', 2014, '결산'],
    ['2016년 본예산', 2016, '예산'],
    ["'17", 2017, undefined],
  ])('header %j is %d %s', (text, year, kind) => {
    expect(parseYearHeader(text)).toEqual(kind ? { year, kind } : { year });
  });
});

describe('unit captions', () => {
  it.each<[string, string[]]>([
    ['(단위:개, 백만원)', ['개', '백만원']],
    ['(단위 : 명)', ['명']],
    ['(단위: 백만원, %)', ['백만원', '%']],
    ['（단위：천원）', ['천원']],
    ['단위: 억원', ['억원']],
  ])('%j names %j', (text, names) => {
    expect(parseUnitCaption(text)?.map((u) => u.name)).toEqual(names);
  });

  it('gives the money unit and its factor', () => {
    expect(moneyUnit(parseUnitCaption('(단위:개, 백만원)')!)).toEqual({ name: '백만원', factor: 1e6 });
    expect(moneyUnit(parseUnitCaption('（단위：천원）')!)?.factor).toBe(1e3);
  });

  it.each([['예산현황'], ['< 정책사업목표 현황 >'], ['단위사업']])('%j is no caption', (t) => expect(parseUnitCaption(t)).toBeUndefined());
});
