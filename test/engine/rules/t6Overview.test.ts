import type { Overview } from '../../../src/engine/model/plan';
import { overviewChecks } from '../../../src/engine/rules/t6Overview';

const overview = (terms: string): Overview => ({
  table: 0,
  name: { ref: { sheet: 'S', row: 0, col: 1 }, text: '재해복구체계 구축' },
  supportTerms: { ref: { sheet: 'S', row: 4, col: 1 }, text: terms },
});
const rulesOf = (terms: string) => overviewChecks(overview(terms)).map((f) => `${f.severity} ${f.rule}`);

describe('지원조건', () => {
  it.each([
    '구비 100%',
    '국비 50%, 시비 25%, 구비 25%',
    '국비 40% 구비 60%',
    '국비 25%, 지방비(구비) 75% 확보 조건',
    '국비 ５０％, 구비 ５０％',
  ])('valid: %s', (terms) => expect(rulesOf(terms)).toEqual([]));

  it.each([
    ['국비 50%, 시비 35%, 구비 25%', ['error t6.shares']],
    ['구비 90%', ['error t6.shares']],
    ['국비 50%, 민간 50%', ['error t6.source']],
    ['협의 후 결정', ['warning t6.terms']],
  ])('invalid: %s', (terms, expected) => expect(rulesOf(terms)).toEqual(expected));

  it('reports at the 지원조건 cell and says the sum in both languages', () => {
    const [f] = overviewChecks(overview('국비 50%, 시비 35%, 구비 25%'));
    expect([f.rule, f.messageId, f.ref, f.expected]).toEqual(['t6.shares', 'sum', overview('').supportTerms!.ref, 100]);
    expect(f.message.ko).toBe('관련 예산사업 개요 재해복구체계 구축 지원조건: 재원 비율 합계 110%, 100%여야 합니다');
    expect(f.message.en).toBe('Project overview 재해복구체계 구축 funding terms: shares sum to 110%, not 100%');
  });
});
