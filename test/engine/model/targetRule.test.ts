import { excelRound } from '../../../src/engine/interval/round';
import {
  parseTargetRule,
  projectTargets,
  ruleTargets,
  statedRule,
  stepTargets,
  type TargetRule,
} from '../../../src/engine/model/targetRule';

describe('parseTargetRule', () => {
  // Every reading of a % indicator, as the seed's indicators are.
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
    expect(parseTargetRule(text, '%')).toEqual(rule);
  });

  it.each<[string, string, TargetRule]>([
    // `N% 증` of a count is a rate: points only make sense on a % indicator.
    ['전년 대비 2% 증', '명', { kind: 'rate', rate: 2 }],
    ['전년 대비 2% 증', '', { kind: 'rate', rate: 2 }],
    // A step in the indicator's own unit, 시간 included when it is the unit measured.
    ['기준값에서 매년 0.2일 단축', '일', { kind: 'step', step: -0.2 }],
    ['매년 2시간 단축', '시간', { kind: 'step', step: -2 }],
    ['매년 0.5kg씩 감소', 'kg', { kind: 'step', step: -0.5 }],
    ['매년 10건씩 증가', '건', { kind: 'step', step: 10 }],
  ])('%s on a (%s) indicator', (text, unit, rule) => {
    expect(parseTargetRule(text, unit)).toEqual(rule);
  });

  it('a 시간 the basis names as an input is no step of a % indicator', () => {
    expect(parseTargetRule('매년 2시간 단축', '%').kind).toBe('unknown');
  });

  it.each([
    '과거 전산장비내역 등을 감안. 연간 누적장애시간을 60시간으로 추정/목표값 설정근거 : 기준값에서 장애시간 10시간 단축한 99.4%로 설정',
    '실과 제출 보도자료를 언론사에 제공하여 보도되어지는 평균값인 100%를 기준으로 설정',
    '각종 언론매체 보도건수',
    '',
  ])('%j is not a rule it can apply', (text) => {
    expect(parseTargetRule(text, '%')).toEqual({ kind: 'unknown', text });
  });
});

describe('projectTargets', () => {
  it("fills the seed's 주민정보화교육 series from 2015 on: 97 → 97.2 → 97.4 → 97.6", () => {
    const stated = [96.6, 97, 97.2, 97.4, 97.6]; // 목표 '14–'18 as the document states them
    const rule = parseTargetRule('기준값에서 0.2% 증/기준값 설정근거 : 전년도 대비 과거3개년 평균값', '%');
    expect(projectTargets(rule, [...stated.slice(0, 2), null, null, null], 1)).toEqual(stated);
  });

  it('a rate compounds on the rounded year before', () => {
    const out = projectTargets({ kind: 'rate', rate: 5 }, [100, null, null], 2);
    expect(out).toEqual([100, excelRound(100 * 1.05, 2), excelRound(excelRound(100 * 1.05, 2) * 1.05, 2)]);
  });

  it('an average of the last years, rolling over what it fills (새올행정시스템 활용도 stays 100)', () => {
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

describe('statedRule: the words of a basis that state its rule, for messages', () => {
  it.each([
    ['기준값에서 0.2% 증/기준값 설정근거 : 전년도 대비 과거3개년 평균값', '기준값에서 0.2% 증'],
    ['과거 실적 감안\n목표값 설정근거 : 전년 대비 5% 증가', '전년 대비 5% 증가'],
    ['매년 +0.2/년', '매년 +0.2/년'],
    ['최근 3개년 평균값인 100%를 기준으로 100%를 목표값으로 설정', '최근 3개년 평균값인 100%를 기준으로 100%를 목표값으로 설정'],
  ])('%j → %j', (text, clause) => expect(statedRule(text, '%')).toBe(clause));

  it('is undefined when the basis states no rule', () => expect(statedRule('각종 언론매체 보도건수', '건')).toBeUndefined());
});

describe('ruleTargets and stepTargets: what targets should be, to judge stated ones', () => {
  const step: TargetRule = { kind: 'step', step: 0.2 };
  const stated = [96.6, 97, 97.2, 97.2, 97.6]; // '17 mistyped as '16

  it('projects the years from `from` on out of the years before them only', () => {
    expect(ruleTargets(step, stated, 2, 1)).toEqual([
      null,
      null,
      ...projectTargets(step, [96.6, 97, null, null, null], 1).slice(2),
    ]);
  });

  it('never projects the first year, and nothing under an unknown rule', () => {
    expect(ruleTargets(step, [1, 2], 0, 0)[0]).toBeNull();
    expect(ruleTargets({ kind: 'unknown', text: '협의' }, [1, null], 1, 0)).toEqual([null, null]);
  });

  it('steps each year from the stated target just before it', () => {
    const out = stepTargets(step, stated, 1);
    expect(out.slice(1)).toEqual(stated.slice(0, -1).map((v) => excelRound(v + 0.2, 1)));
    expect(stepTargets(step, [1, null, 3], 0)).toEqual([null, excelRound(1.2, 0), null]);
  });
});
