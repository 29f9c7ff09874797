import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { readCell, readText } from '../../../src/engine/grid/readNumber';
import type { Reading } from '../../../src/engine/grid/reading';
import type { Interval } from '../../../src/engine/interval/interval';
import { contains, div, intersects, scale, sub, widen } from '../../../src/engine/interval/ops';
import { excelRound } from '../../../src/engine/interval/round';
import { readingInterval } from '../../../src/engine/grid/readingInterval';
import { showNumber } from '../../../src/engine/interval/shown';

const interval = (text: string): Interval => readingInterval(readText(text))!;

/** Equal to [lo, hi] widened, up to the float noise of computing the ends. */
function expectWidened(got: Interval | null, lo: number, hi: number): void {
  const want = widen({ lo, hi });
  expect(got!.lo).toBeCloseTo(want.lo, 9);
  expect(got!.hi).toBeCloseTo(want.hi, 9);
}

describe('readingInterval: every value a shown figure may stand for', () => {
  it.each<[string, number, number, Reading]>([
    ['1,723 under #,##0', 1722.5, 1723.5, readCell({ value: 1723, numFmt: '#,##0' })],
    ['General 1723', 1722.5, 1723.5, readCell({ value: 1723 })],
    ['General 86.97', 86.965, 86.975, readCell({ value: 86.97 })],
    ['0.8697 under 0.00%', 86.965, 86.975, readCell({ value: 0.8697, numFmt: '0.00%' })],
    ['text △4.50%', -4.505, -4.495, readText('△4.50%')],
    ['text (81)', -81.5, -80.5, readText('(81)')],
    ['text 100.00 %', 99.995, 100.005, readText('100.00 %')],
    ['text 0', -0.5, 0.5, readText('0')],
    ['1104321 under #,##0, (holds more than it shows)', 1104.3205, 1104.3215, readCell({ value: 1104321, numFmt: '#,##0,' })],
  ])('%s stands for [%d, %d], widened', (_name, lo, hi, reading) => expectWidened(readingInterval(reading), lo, hi));

  it('is widened: its ends are just outside half a unit', () => {
    const i = interval('1,723');
    expect(i.lo).toBeLessThan(1722.5);
    expect(i.lo).toBeGreaterThan(1722.5 - 1e-5);
    expect(i.hi).toBeGreaterThan(1723.5);
    expect(contains(interval('△4.50%'), -4.5051)).toBe(false);
  });

  it('a cell holding more than it shows stands for what it holds', () => {
    const i = readingInterval(readCell({ value: 1104.321, numFmt: '#,##0' }))!;
    expect(contains(i, 1104.321)).toBe(true);
    expect(contains(i, 1104.4)).toBe(false);
  });

  it('exact counts are points; dashes are zero', () => {
    expectWidened(readingInterval(readText('17명'), { exact: true }), 17, 17);
    expect(readingInterval(readText('-'))).toEqual({ lo: 0, hi: 0 });
    expect(readingInterval(readText('—'), { exact: true })).toEqual({ lo: 0, hi: 0 });
  });

  it.each<[string, Reading]>([
    ['blank', readText('  ')],
    ['미정', readText('미정')],
    ['별도', readText('별도')],
    ['#DIV/0!', readCell({ value: null, error: '#DIV/0!' })],
    ['an uncached formula', readCell({ value: null, formula: 'C5+C6', uncached: true })],
  ])('%s has no interval', (_name, reading) => expect(readingInterval(reading)).toBeNull());

  it('contains the figure it was read from, at every precision', () => {
    fc.assert(
      // Up to 1e7 units of the last digit: the 1e-9 widening stays under a tenth of a unit.
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const v = n / 10 ** d;
        const i = readingInterval(readText(showNumber(v, d)))!;
        expect(contains(i, v)).toBe(true);
        expect(contains(i, v + 0.6 * 10 ** -d)).toBe(false);
      }),
    );
  });
});

describe('the seed T3 (예산현황) is consistent under the rule, and naive recomputation is not', () => {
  // The rows as the document prints them: 구분, 예산액, 구성비, 전년도예산액, 구성비, "비교증감 증감률".
  const lines = readFileSync(join(__dirname, '../../fixtures/seed.txt'), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('계\t1,723'));
  const rows = lines.slice(start, start + 6).map((l) => {
    const [name, amount, share, prev, prevShare, last] = l.split('\t');
    const [change, rate] = last.split(' ');
    return { name, amount, share, prev, prevShare, change, rate };
  });
  const total = rows[0];
  const value = (text: string): number => (readText(text) as { value: number }).value;
  const naive = (x: number): number => excelRound(x, 2);
  type Check = [string, string, Interval | null, number];
  const checks: Check[] = rows.flatMap((r): Check[] => [
    [
      r.name,
      '구성비',
      div(scale(interval(r.amount), 100), interval(total.amount)),
      (value(r.amount) / value(total.amount)) * 100,
    ],
    [r.name, '전년도 구성비', div(scale(interval(r.prev), 100), interval(total.prev)), (value(r.prev) / value(total.prev)) * 100],
    [
      r.name,
      '증감률',
      div(scale(sub(interval(r.amount), interval(r.prev)), 100), interval(r.prev)),
      ((value(r.amount) - value(r.prev)) / value(r.prev)) * 100,
    ],
  ]);
  const stated = (r: (typeof rows)[number], what: string): string =>
    what === '구성비' ? r.share : what === '증감률' ? r.rate : r.prevShare;

  it('reads six rows', () =>
    expect(rows.map((r) => r.name)).toEqual(['계', '정책사업', '행정운영경비', '인력운영비', '기본경비', '재무활동']));

  it.each(checks.filter(([, , computed]) => computed !== null))(
    '%s %s: the stated figure is inside the computed interval',
    (name, what, computed) => {
      const row = rows.find((r) => r.name === name)!;
      expect(intersects(widen(computed!), interval(stated(row, what)))).toBe(true);
    },
  );

  it('a share of a zero total or a rate over a zero previous year is not computable', () => {
    expect(checks.filter(([, , computed]) => computed === null).map(([n, w]) => `${n} ${w}`)).toEqual(['재무활동 증감률']);
  });

  it('naive recomputation from the shown figures disagrees exactly where DOMAIN.md says', () => {
    const differing = checks
      .filter(
        ([name, what, computed, x]) =>
          computed !== null &&
          naive(x) !==
            value(
              stated(
                rows.find((r) => r.name === name)!,
                what,
              ),
            ),
      )
      .map(([n, w]) => `${n} ${w}`);
    expect(differing.sort()).toEqual(
      [
        '계 증감률',
        '정책사업 구성비',
        '정책사업 전년도 구성비',
        '정책사업 증감률',
        '행정운영경비 구성비',
        '행정운영경비 전년도 구성비',
        '행정운영경비 증감률',
        '인력운영비 구성비',
        '인력운영비 증감률',
        '기본경비 구성비',
        '기본경비 전년도 구성비',
        '기본경비 증감률',
      ].sort(),
    );
  });

  it('every 비교증감 is inside its computed interval', () => {
    for (const r of rows) expect(intersects(widen(sub(interval(r.amount), interval(r.prev))), interval(r.change))).toBe(true);
  });
});

describe('showNumber: figures as the documents write them', () => {
  it.each<[number, number, string]>([
    [1723, 0, '1,723'],
    [-81, 0, '△81'],
    [-4.495, 2, '△4.50'],
    [-4.5, 2, '△4.50'],
    [86.97, 2, '86.97'],
    [0, 2, '0.00'],
    [-0.001, 2, '0.00'],
    [1234567.891, 1, '1,234,567.9'],
    [1104321, 0, '1,104,321'],
    [999.995, 2, '1,000.00'],
  ])('showNumber(%d, %d) = %s', (v, d, s) => expect(showNumber(v, d)).toBe(s));

  it('reads back as the rounded figure with the same decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (n, k, d) => {
          const v = n / 10 ** k;
          expect(readText(showNumber(v, d))).toMatchObject({ kind: 'number', value: excelRound(v, d), decimals: d });
        },
      ),
    );
  });
});
