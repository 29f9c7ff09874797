import { excelRound } from '../../../src/engine/interval/round';
import { parseTargetRule, projectTargets, type TargetRule } from '../../../src/engine/model/targetRule';

describe('parseTargetRule', () => {
  it.each<[string, TargetRule]>([
    ['기준값에서 0.2% 증', { kind: 'step', step: 0.2 }],
    ['전년 대비 0.2% 증', { kind: 'step', step: 0.2 }],
    ['+0.2 per year', { kind: 'step', step: 0.2 }],
    ['매년 0.2%p 상향', { kind: 'step', step: 0.2 }],
    ['매년 1 포인트씩 하향', { kind: 'step', step: -1 }],
    ['매년 10건씩 증가', { kind: 'step', step: 10 }],
    ['전년 대비 0.5% 감', { kind: 'step', step: -0.5 }],
    ['전년 대비 5% 증가', { kind: 'rate', rate: 5 }],
    ['전년 대비 3% 감소', { kind: 'rate', rate: -3 }],
    ['전년 대비 5％ 증대', { kind: 'rate', rate: 5 }],
    ['최근 3개년 평균', { kind: 'average', years: 3 }],
    ['최근 3개년 평균값인 100%를 기준으로 100%를 목표값으로 설정', { kind: 'average', years: 3 }],
    // The seed's own line: the part after "기준값 설정근거" explains the baseline, not the target.
    ['기준값에서 0.2% 증/기준값 설정근거 : 전년도 대비 과거3개년 평균값', { kind: 'step', step: 0.2 }],
  ])('%s', (text, rule) => {
    expect(parseTargetRule(text)).toEqual(rule);
  });

  it.each([
    '과거 전산장비내역 등을 감안. 연간 누적장애시간을 60시간으로 추정/목표값 설정근거 : 기준값에서 장애시간 10시간 단축한 99.4%로 설정',
    '실과 제출 보도자료를 언론사에 제공하여 보도되어지는 평균값인 100%를 기준으로 설정',
    '각종 언론매체 보도건수',
    '',
  ])('%j is not a rule it can apply', (text) => {
    expect(parseTargetRule(text)).toEqual({ kind: 'unknown', text });
  });
});

describe('projectTargets', () => {
  it("fills the seed's 주민정보화교육 series from 2015 on: 97 → 97.2 → 97.4 → 97.6", () => {
    const stated = [96.6, 97, 97.2, 97.4, 97.6]; // 목표 '14–'18 as the document states them
    const rule = parseTargetRule('기준값에서 0.2% 증/기준값 설정근거 : 전년도 대비 과거3개년 평균값');
    expect(projectTargets(rule, [...stated.slice(0, 2), null, null, null], 1)).toEqual(stated);
  });

  it('a rate compounds on the rounded year before', () => {
    const out = projectTargets({ kind: 'rate', rate: 5 }, [100, null, null], 2);
    expect(out).toEqual([100, excelRound(100 * 1.05, 2), excelRound(excelRound(100 * 1.05, 2) * 1.05, 2)]);
  });

  it("an average of the last years, rolling over what it fills (새올행정시스템 활용도 stays 100)", () => {
    expect(projectTargets({ kind: 'average', years: 3 }, [100, 100, null, null, null], 0)).toEqual([100, 100, 100, 100, 100]);
    expect(projectTargets({ kind: 'average', years: 2 }, [1, 2, null], 1)).toEqual([1, 2, 1.5]);
  });

  it('fills only after the last stated target, leaving gaps before it', () => {
    expect(projectTargets({ kind: 'step', step: 1 }, [10, null, 12, null], 0)).toEqual([10, null, 12, 13]);
  });

  it.each<[string, TargetRule, (number | null)[]]>([
    ['an unknown rule', { kind: 'unknown', text: '협의' }, [1, null]],
    ['no stated target', { kind: 'step', step: 1 }, [null, null]],
    ['nothing blank', { kind: 'step', step: 1 }, [1, 2]],
  ])('fills nothing with %s', (_, rule, known) => {
    expect(projectTargets(rule, known, 0)).toEqual(known);
  });
});
