import { classifyMeasure } from '../../../src/engine/formula/classify';

describe('classifyMeasure', () => {
  it.each([
    '(가동시간-중단시간)/가동시간*100',
    '활용업무수/발생업무 * 100',
    '(교육 참석률 × 0.5) + (교육자 만족도 × 0.5)',
    '(보도건수/자료제공건수)*100',
    // Broken, but meant as a formula: its syntax error is worth reporting.
    '(보도건수/자료제공건수*100',
  ])('%s is a formula', (text) => {
    expect(classifyMeasure(text)).toBe('formula');
  });

  it.each([
    '서구방송보도건수',
    '기획홍보건수(언론매체 인터뷰, 기고, 축사 등)',
    '교육출석현황',
    '100',
    '',
    '보도건수, 자료제공건수 / 월별 집계',
  ])('%j is a measurement method', (text) => {
    expect(classifyMeasure(text)).toBe('method');
  });
});
