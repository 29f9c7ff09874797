import type { Goal, Indicator } from '../../../src/engine/model/plan';
import { indicatorChecks } from '../../../src/engine/rules/t4Indicators';
import { refKey } from '../../../src/engine/relations/relation';
import type { GoalData, IndicatorData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { num } from './cells';

let row = 1000;
const text = (t: string) => ({ ref: { sheet: 'R', row: row++, col: 0 }, text: t });

function indicator(d: IndicatorData, paired = true): Indicator {
  const targetRow = row++;
  return {
    name: text(d.name),
    unit: /\(([^)]*)\)\s*$/.exec(d.name)?.[1] ?? '',
    type: text(d.type),
    weight: num(d.weight, undefined, { exact: true }),
    years: SEED.indicatorYears,
    targets: d.targets.map((t) => num(t)),
    actuals: d.actuals.map((a) => num(a)),
    targetRow,
    actualRow: paired ? targetRow + 1 : null,
  };
}

const goal = (g: GoalData, change: (i: IndicatorData[]) => void = () => {}, paired = true): Goal => {
  const data = structuredClone(g.indicators);
  change(data);
  return {
    name: text(g.name),
    indicatorCount: num(g.indicatorCount),
    unitCount: num(g.unitCount),
    budget: num(g.budget),
    indicators: data.map((d, i) => indicator(d, paired || i > 0)),
    unitProjects: [],
  };
};

describe('성과지표별 목표치 설정', () => {
  it.each(SEED.goals.map((g) => [g.name, g] as const))('valid: the seed goal %s', (_name, g) =>
    expect(indicatorChecks(goal(g))).toEqual([]),
  );

  const [first] = SEED.goals;
  it.each([
    ['weights summing to 95', (i: IndicatorData[]) => (i[1].weight = (i[1].weight as number) - 5), 'error t4.weights'],
    ['a fractional weight', (i: IndicatorData[]) => (i[0].weight = 30.5), 'error t4.weights'],
    // A new indicator without a weight: the stated ones still sum to 100 (30 + 40 + 30), so only the blank is told.
    [
      'a blank weight beside weights summing to 100',
      (i: IndicatorData[]) => void i.push({ ...i[0], name: '새 지표 (%)', weight: '' }),
      'warning t4.weightBlank',
    ],
    [
      'a blank weight beside weights summing to 70',
      (i: IndicatorData[]) => (i[1].weight = ''),
      'error t4.weights,warning t4.weightBlank',
    ],
    ['지표 유형 neither 핵심 nor 일반', (i: IndicatorData[]) => (i[2].type = '중요'), 'error t4.type'],
    [
      'a falling target series for a rising indicator',
      (i: IndicatorData[]) => (i[2].targets = [...i[2].targets].reverse()),
      'warning t4.direction',
    ],
  ])('invalid: %s', (_what, change, expected) => {
    const findings = indicatorChecks(goal(first, change));
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(expected.split(','));
  });

  it.each(['핵심지표', ' 일 반 ', '일반 지표'])('valid: 지표 유형 written %j', (type) => {
    expect(indicatorChecks(goal(first, (i) => (i[0].type = type)))).toEqual([]);
  });

  it('reports a 목표 row without its 실적 row at that 목표 row', () => {
    const g = goal(first, undefined, false);
    const findings = indicatorChecks(g);
    expect(findings.map((f) => f.rule)).toEqual(['t4.pair']);
    expect(refKey(findings[0].ref)).toBe(refKey(g.indicators[0].targets[0].ref));
  });

  it.each([
    [[86, 85, 84, 83, 82], 2, 'from 86 to 84'], // each step touches its neighbour at .5, the series cannot rise
    [[86, 86.5, 86, 85.5, 85], 3, 'from 86.5 to 85.5'],
  ])('warns about a series %j that falls though no single step is outside rounding', (targets, at, words) => {
    const g = goal(first, (i) => (i[1].targets = targets));
    const warnings = indicatorChecks(g).filter((f) => f.rule === 't4.direction');
    expect(warnings.map((f) => [f.messageId, refKey(f.ref)])).toEqual([['fallsRising', refKey(g.indicators[1].targets[at].ref)]]);
    // The target it falls from (the highest before) is named in the message only.
    expect(warnings[0].message.en).toContain(words);
  });

  it('lets a rising series through whose steps only rounding could reverse', () => {
    expect(indicatorChecks(goal(first, (i) => (i[1].targets = [86, 86, 85.5, 86, 87])))).toEqual([]);
  });

  it('points the direction warning at the first target that moves the wrong way', () => {
    const g = goal(first, (i) => (i[0].targets = [99.32, 99.43, 98.0, 99.47, 99.49]));
    const [warning] = indicatorChecks(g);
    expect([warning.rule, warning.messageId, refKey(warning.ref)]).toEqual([
      't4.direction',
      'fallsRising',
      refKey(g.indicators[0].targets[2].ref),
    ]);
    expect(warning.message.en).toContain('from 99.43 to 98');
  });
});
