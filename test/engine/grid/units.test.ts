import { moneyUnit, parseUnitCaption, UNIT_FACTORS } from '../../../src/engine/grid/units';

describe('parseUnitCaption', () => {
  it.each<[string, string[]]>([
    ['(단위:개, 백만원)', ['개', '백만원']],
    ['(단위 : 명)', ['명']],
    ['(단위: 백만원, %)', ['백만원', '%']],
    ['（단위：천원）', ['천원']],
    ['단위: 억원', ['억원']],
    ['(단위:원)', ['원']],
    ['(단위 건)', ['건']],
    ['(단위:\u00a0백만원,\n%)', ['백만원', '%']],
    ['(단위: 천원/명)', ['천원', '명']],
  ])('%j names %j', (text, names) => {
    expect(parseUnitCaption(text)?.map((u) => u.name)).toEqual(names);
  });

  it('gives each unit its factor', () => {
    for (const u of parseUnitCaption('(단위: 원, 천원, 백만원, 억원, 명, 개, 건, %)')!)
      expect(u.factor).toBe(UNIT_FACTORS[u.name]);
  });

  it.each([['예산현황'], ['< 정책사업목표 현황 >'], ['단위사업'], ['단위사업명'], [''], ['1,723']])('%j is no caption', (t) => {
    expect(parseUnitCaption(t)).toBeUndefined();
  });
});

describe('UNIT_FACTORS', () => {
  it('scales money from 원 and keeps counts and % as they are', () => {
    expect(UNIT_FACTORS['백만원'] / UNIT_FACTORS['천원']).toBe(1000);
    expect(UNIT_FACTORS['억원'] / UNIT_FACTORS['백만원']).toBe(100);
    for (const u of ['명', '개', '건', '%']) expect(UNIT_FACTORS[u]).toBe(1);
  });
});

describe('moneyUnit', () => {
  it.each<[string, string | undefined]>([
    ['(단위:개, 백만원)', '백만원'],
    ['（단위：천원）', '천원'],
    ['(단위: 억원, %)', '억원'],
    ['(단위 : 명)', undefined],
    ['(단위: %)', undefined],
  ])('%j → %j', (caption, name) => {
    expect(moneyUnit(parseUnitCaption(caption)!)?.name).toBe(name);
  });
});
