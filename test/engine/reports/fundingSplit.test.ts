import fc from 'fast-check';
import { excelRound } from '../../../src/engine/interval/round';
import { KNOWN_SOURCES, parseSupportTerms } from '../../../src/engine/model/funding';
import { UNASSIGNED, fundingSplit, sourceOrder } from '../../../src/engine/reports/fundingSplit';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const total = (parts: { amount: number }[], decimals: number): number => excelRound(sum(parts.map((p) => p.amount)), decimals);

/** Percentages summing to exactly 100, over distinct sources, as a 지원조건 text writes them. */
const termsArb = fc
  .uniqueArray(fc.constantFrom(...KNOWN_SOURCES), { minLength: 1, maxLength: 4 })
  .chain((sources) =>
    fc.array(fc.integer({ min: 1, max: 97 }), { minLength: sources.length - 1, maxLength: sources.length - 1 }).map((cuts) => {
      const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b).slice(0, sources.length - 1), 100];
      return sources
        .slice(0, points.length - 1)
        .map((source, i) => `${source} ${points[i + 1] - points[i]}%`)
        .join(', ');
    }),
  )
  .filter((text) => parseSupportTerms(text).shares.every((s) => s.share > 0));

describe('fundingSplit', () => {
  it('adds up exactly to the shown budget, whatever the shares and the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), termsArb, (raw, decimals, terms) => {
        const amount = raw / 10 ** decimals;
        const parts = fundingSplit(amount, decimals, parseSupportTerms(terms).shares);
        expect(total(parts, decimals)).toBe(excelRound(amount, decimals));
        // Each part is on the shown unit and within one unit of its exact share.
        const shares = parseSupportTerms(terms).shares;
        for (const p of parts) {
          const exact = (amount * sum(shares.filter((s) => s.source === p.source).map((s) => s.share))) / 100;
          expect(Math.abs(p.amount - exact)).toBeLessThanOrEqual(10 ** -decimals + 1e-9);
          expect(excelRound(p.amount, decimals)).toBe(p.amount);
        }
      }),
    );
  });

  it('gives a budget held in 천원 behind 백만원 parts that add up to what is shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), termsArb, (won, terms) => {
        const amount = won / 1000; // 1104.321 백만원
        expect(total(fundingSplit(amount, 0, parseSupportTerms(terms).shares), 0)).toBe(excelRound(amount, 0));
      }),
    );
  });

  it.each([
    ['국비 40% 구비 60%', 32],
    ['국비 50%, 시비 25%, 구비 25%', 15],
    ['국비 25%, 지방비(구비) 75% 확보 조건', 18],
  ])('splits the seed terms %s of %d by the shares', (terms, amount) => {
    const { shares } = parseSupportTerms(terms);
    const parts = fundingSplit(amount, 0, shares);
    expect(parts.map((p) => p.source)).toEqual(shares.map((s) => s.source));
    expect(sum(parts.map((p) => p.amount))).toBe(amount);
  });

  it.each([
    ['국비 40%', 40],
    ['협의 후 결정', 0],
    ['', 0],
  ])('leaves what %s does not name to 미확인', (terms, named) => {
    const parts = fundingSplit(100, 0, parseSupportTerms(terms).shares);
    expect(parts.find((p) => p.source === UNASSIGNED)?.amount).toBe(100 - named);
    expect(sum(parts.map((p) => p.amount))).toBe(100);
  });

  it('cannot apply shares above 100 %: the whole budget is 미확인', () => {
    expect(fundingSplit(10, 0, parseSupportTerms('국비 80%, 구비 80%').shares)).toEqual([{ source: UNASSIGNED, amount: 10 }]);
  });

  it('gives a source named twice one part', () => {
    const parts = fundingSplit(10, 0, parseSupportTerms('국비 30%, 구비 40%, 국비 30%').shares);
    expect(parts.map((p) => p.source)).toEqual(['국비', '구비']);
    expect(sum(parts.map((p) => p.amount))).toBe(10);
  });
});

describe('sourceOrder', () => {
  it('puts national, metropolitan, district and local first, others as they come, 미확인 last', () => {
    expect(sourceOrder([UNASSIGNED, '기금', '구비', '국비', '민자', '시비', '구비'])).toEqual([
      '국비',
      '시비',
      '구비',
      '기금',
      '민자',
      UNASSIGNED,
    ]);
  });
});
