import { targetEdits } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { parseTargetRule, projectTargets } from '../../../src/engine/model/targetRule';
import { buildWorkbook, variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';

const indicatorWith = (targets: Array<number | string>) => {
  const plan = variant(SEED, (p) => void (p.goals[0].indicators[2].targets = targets));
  return readPlan(buildWorkbook([plan], 'document').sheets).departments[0].goals[0].indicators[2];
};

describe('targetEdits (projected 목표 for blank future years)', () => {
  const basis = '기준값에서 0.2% 증';

  it('fills only the blank years after the last stated target, by the stated rule', () => {
    const indicator = indicatorWith([96.6, 97, 97.2, '', '']);
    const edits = targetEdits(indicator, basis);
    const expected = projectTargets(parseTargetRule(basis, indicator.unit), [96.6, 97, 97.2, null, null], 1);
    expect(edits.map((e) => [e.ref, e.value])).toEqual([3, 4].map((i) => [indicator.targets[i].ref, expected[i]]));
    expect(edits[0].reason.ko).toContain('(근거: 기준값에서 0.2% 증)');
  });

  it('never rewrites a stated target or a word, and reads nothing from an unreadable rule', () => {
    expect(targetEdits(indicatorWith([96.6, 97, 97.2, 97.4, 97.6]), basis)).toEqual([]);
    expect(targetEdits(indicatorWith([96.6, 97, 97.2, '미정', '']), basis).map((e) => e.ref)).toEqual([
      indicatorWith([96.6, 97, 97.2, '미정', '']).targets[4].ref,
    ]);
    expect(targetEdits(indicatorWith([96.6, 97, 97.2, '', '']), '전문가 협의로 정함')).toEqual([]);
  });
});
