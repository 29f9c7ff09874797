import type { Finding } from '../../../src/engine/findings/finding';
import { sameCell } from '../../../src/engine/grid/cellRef';
import { showNumber } from '../../../src/engine/interval/shown';
import type { Plan } from '../../../src/engine/model/plan';
import { indicatorUnit } from '../../../src/engine/detect/t4Indicators';
import { parseTargetRule, ruleTargets, statedRule, stepTargets } from '../../../src/engine/model/targetRule';
import { variant } from '../../fixtures/build';
import type { IndicatorData, PlanData } from '../../fixtures/planData';
import { SEED } from '../../fixtures/seed';
import { BASIS_RULES, LAYOUTS, checkBuilt, line } from './fixtures';

const yy = (year: number): string => `'${String(year % 100).padStart(2, '0')}`;
const decimalsOf = (v: number | null): number => (v === null ? 0 : (String(v).split('.')[1] ?? '').length);

/**
 * The 근거 findings an indicator's data calls for, as `rule name 'YY`, derived from the data with the rule reader
 * (not typed by hand): an unreadable basis, or a future target (no 실적 yet) that neither the projection from the
 * years before nor the step from the target before gives.
 */
function called(ind: IndicatorData, years: number[]): string[] {
  if (!ind.basis) return [];
  const rule = parseTargetRule(ind.basis.join('\n'), indicatorUnit(ind.name));
  if (rule.kind === 'unknown') return [`t4.basis ${ind.name}`];
  const stated = ind.targets.map((t) => (typeof t === 'number' ? t : null));
  const decimals = Math.max(0, ...stated.map(decimalsOf));
  const from = ind.actuals.reduce<number>((last, a, i) => (a === null ? last : i + 1), 0);
  const [base, step] = [ruleTargets(rule, stated, from, decimals), stepTargets(rule, stated, decimals)];
  return stated.flatMap((v, i) =>
    base[i] === null || v === null || [base[i], step[i]].includes(v) ? [] : [`t4.target ${ind.name} ${yy(years[i])}`],
  );
}

const calledFor = (data: PlanData): string[] =>
  data.goals.flatMap((g) => g.indicators.flatMap((ind) => called(ind, data.indicatorYears)));

/** The 근거 findings reported, as `rule name 'YY`, each placed by the indicator whose basis or target it points at. */
function reported(plan: Plan, findings: Finding[]): string[] {
  const indicators = plan.departments.flatMap((d) => d.goals.flatMap((g) => g.indicators));
  return findings
    .filter((f) => BASIS_RULES.has(f.rule))
    .map((f) => {
      const ind = indicators.find(
        (i) => (i.basis && sameCell(i.basis.ref, f.ref)) || i.targets.some((t) => sameCell(t.ref, f.ref)),
      );
      if (!ind) return `${f.rule} at no indicator`;
      const year = ind.targets.findIndex((t) => sameCell(t.ref, f.ref));
      return year < 0 ? `${f.rule} ${ind.name.text}` : `${f.rule} ${ind.name.text} ${yy(ind.years[year])}`;
    });
}

describe.each(LAYOUTS)('목표치 설정 근거 of the seed, %s layout', (layout) => {
  const { plan, findings } = checkBuilt([SEED], layout);
  const basisFindings = findings.filter((f) => BASIS_RULES.has(f.rule));

  it('are information only', () => expect(basisFindings.filter((f) => f.severity !== 'info').map(line)).toEqual([]));

  it(
    layout === 'byKind' ? 'are absent: one sheet per kind writes no 근거' : 'report exactly what the stated rules call for',
    () => {
      expect(reported(plan, findings)).toEqual(layout === 'byKind' ? [] : calledFor(SEED));
    },
  );
});

describe('the seed document has 근거 it cannot apply', () => {
  // Not a hand-typed list: the point is that an unreadable basis is reported, so the seed must hold one.
  it('and reports each of them', () => expect(calledFor(SEED).some((c) => c.startsWith('t4.basis'))).toBe(true));
});

describe('targets against their stated rule (seed, document layout)', () => {
  // 주민정보화교육 운영실적: 기준값에서 0.2% 증; 새올행정시스템 활용도: 최근 3개년 평균.
  const [edu, saeol] = [SEED.goals[0].indicators[2], SEED.goals[0].indicators[1]];
  const withTargets = (ind: IndicatorData, targets: Array<number | string>) =>
    variant(SEED, (p) => void (p.goals[0].indicators.find((i) => i.name === ind.name)!.targets = targets));
  const future = (ind: IndicatorData, i: number, to: number | string) => ind.targets.map((t, k) => (k === i ? to : t));

  it.each([
    ["a mistyped '17 (the step rule)", withTargets(edu, future(edu, 3, edu.targets[2]))],
    [
      "a '16 that shifts the series after it (the step rule)",
      withTargets(
        edu,
        edu.targets.map((t, k) => (k >= 2 ? Number(((t as number) + 0.1).toFixed(1)) : t)),
      ),
    ],
    [
      "a '17 below the average of the years before (the average rule)",
      withTargets(saeol, future(saeol, 3, (saeol.targets[3] as number) - 1)),
    ],
    ['a word in a future year', withTargets(edu, future(edu, 4, '미정'))],
    ['a blank future year', withTargets(edu, future(edu, 4, ''))],
  ])('%s: the findings the rule calls for, one per wrong year', (_what, data) => {
    const { plan, findings } = checkBuilt([data], 'document');
    expect(reported(plan, findings)).toEqual(calledFor(data));
  });

  it("says which rule, what it gives and what the plan states: '17 written as '16", () => {
    const { findings } = checkBuilt([withTargets(edu, future(edu, 3, edu.targets[2]))], 'document');
    const [f] = findings.filter((x) => x.rule === 't4.target');
    const [expected, stated] = [edu.targets[3] as number, edu.targets[2] as number];
    const clause = statedRule(edu.basis!.join('\n'), indicatorUnit(edu.name))!;
    expect([f.severity, f.messageId]).toEqual(['info', 'offBasis']);
    // The 근거 clause it went by is said in the message only.
    expect(f.message.en).toContain(`(${clause}): ${showNumber(expected, 1)} expected, ${showNumber(stated, 1)} stated`);
    expect([f.stated, f.expected]).toEqual([stated, expected]);
  });

  it('never judges past years: their targets were set under an earlier rule', () => {
    // '15 목표 97 is no 0.2 step from '14's 96.6, and the seed has 실적 for both.
    const past = stepTargets(parseTargetRule(edu.basis!.join('\n'), indicatorUnit(edu.name)), edu.targets as number[], 1)[1];
    expect(past).not.toBe(edu.targets[1]);
    const { plan, findings } = checkBuilt([SEED], 'document');
    expect(reported(plan, findings).filter((r) => r.startsWith(`t4.target ${edu.name}`))).toEqual([]);
  });
});

describe('a basis that cannot be read', () => {
  it('is one t4.basis info at the basis line, and its targets are not judged', () => {
    const data = variant(SEED, (p) => {
      const ind = p.goals[0].indicators[2];
      ind.basis = ['전문가 협의로 정함'];
      ind.targets = ind.targets.map((t, k) => (k >= 2 ? (t as number) + 1 : t));
    });
    const { plan, findings } = checkBuilt([data], 'document');
    const ind = plan.departments[0].goals[0].indicators[2];
    const at = findings.filter((f) => sameCell(f.ref, ind.basis!.ref) || ind.targets.some((t) => sameCell(t.ref, f.ref)));
    expect(at.map((f) => [f.severity, f.rule, f.messageId])).toEqual([['info', 't4.basis', 'noRule']]);
  });
});
