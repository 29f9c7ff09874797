import type { RuleMessage, RuleMessages } from '../findings/ruleRegistry';
import type { Finding, FindingBody, Message } from '../findings/finding';
import { josa } from '../findings/particle';
import { excelRound } from '../interval/round';
import { indicatorDirection } from '../model/direction';
import type { Goal, Indicator, NumCell } from '../model/plan';
import { parseTargetRule, ruleTargets, statedRule, stepTargets } from '../model/targetRule';
import { firstFutureYear, statedTargets, targetDecimals } from '../model/targetSeries';
import { measureChecks } from './t4Measure';
import { figure } from '../interval/shown';
import { placeText } from '../relations/placeText';
import { say } from './messages';
import type { Place } from '../relations/relation';

const COLUMNS = {
  weight: { ko: '가중치', en: 'weight' },
  type: { ko: '지표 유형', en: 'indicator type' },
  target: { ko: '목표', en: 'target' },
  basis: { ko: '목표치 설정 근거', en: 'target basis' },
} as const satisfies Record<string, Message>;

/** 지표 유형 as plans write it, spaces removed: 핵심 or 일반, some with 지표 after it. */
const INDICATOR_TYPES = ['핵심', '일반', '핵심지표', '일반지표'];

const place = (row: string, col: Message): Place => ({ table: 'T4', row, col });

const WEIGHTS_MESSAGES = {
  notWhole: (p: Message, value: number): Message =>
    say(p, `가중치 ${josa(String(value), '은/는')} 정수여야 합니다`, `weight ${value} must be a whole number`),
  sum: (p: Message, total: number): Message =>
    say(p, `가중치 합계 ${figure(total, 0)}, 100이어야 합니다`, `weights sum to ${figure(total, 0)}, not 100`),
} as const satisfies RuleMessages<'t4.weights'>;

const WEIGHT_BLANK_MESSAGES = {
  blank: (p: Message): Message =>
    say(p, '가중치가 비어 있습니다(가중치 조정으로 채울 수 있습니다)', 'the weight is blank (rebalancing can fill it)'),
} as const satisfies RuleMessages<'t4.weightBlank'>;

const TYPE_MESSAGES = {
  unknownType: (p: Message, text: string): Message =>
    say(p, `${josa(`'${text}'`, '은/는')} 핵심 또는 일반이어야 합니다`, `'${text}' must be 핵심 (core) or 일반 (general)`),
} as const satisfies RuleMessages<'t4.type'>;

const PAIR_MESSAGES = {
  noActual: (p: Message): Message =>
    say(p, '목표 행에 짝이 되는 실적 행이 없습니다', 'the 목표 (target) row has no 실적 (actual) row'),
} as const satisfies RuleMessages<'t4.pair'>;

const DIRECTION_MESSAGES = {
  fallsRising: (p: Message, b: string, a: string): Message =>
    say(
      p,
      `높을수록 좋은 지표인데 목표가 ${b}에서 ${josa(a, '으로/로')} 낮아집니다`,
      `a rising indicator whose target falls from ${b} to ${a}`,
    ),
  risesFalling: (p: Message, b: string, a: string): Message =>
    say(
      p,
      `낮을수록 좋은 지표인데 목표가 ${b}에서 ${josa(a, '으로/로')} 높아집니다`,
      `a falling indicator whose target rises from ${b} to ${a}`,
    ),
} as const satisfies RuleMessages<'t4.direction'>;

const BASIS_MESSAGES = {
  noRule: (p: Message): Message =>
    say(
      p,
      '증감 폭, 증감률 또는 평균으로 읽을 수 없어 목표치를 확인하거나 채우지 않습니다',
      'states no step, rate or average this tool can apply: its targets are neither checked nor filled',
    ),
} as const satisfies RuleMessages<'t4.basis'>;

const TARGET_MESSAGES = {
  offBasis: (p: Message, clause: string, expected: string, stated: string): Message =>
    say(
      p,
      `목표치가 근거(${clause})와 다릅니다: ${expected} 예상, ${stated} 표기`,
      `the target differs from its basis (${clause}): ${expected} expected, ${stated} stated`,
    ),
} as const satisfies RuleMessages<'t4.target'>;

const finding = (
  severity: Finding['severity'],
  said: RuleMessage,
  ref: NumCell['ref'],
  cells: NumCell['ref'][],
  message: Message,
  extra: Partial<FindingBody> = {},
): Finding => ({
  severity,
  ...said,
  ref,
  cells,
  message,
  ...extra,
});

/**
 * A blank 가중치 is an indicator without a weight (one just added), not a weight of 0: it is told on its own, and
 * the goal's sum is judged over the weights stated. Rebalance gives it the goal's mean.
 */
function blankWeights(goal: Pick<Goal, 'indicators'>): Finding[] {
  return goal.indicators
    .filter((i) => i.weight.reading.kind === 'blank')
    .map((i) => {
      const p = placeText(place(i.name.text, COLUMNS.weight));
      return finding(
        'warning',
        { rule: 't4.weightBlank', messageId: 'blank' },
        i.weight.ref,
        [i.weight.ref],
        WEIGHT_BLANK_MESSAGES.blank(p),
      );
    });
}

/** A goal's stated 가중치 are exact integers summing to exactly 100. */
function weights(goal: Pick<Goal, 'name' | 'indicators'>): Finding[] {
  const cells = goal.indicators.map((i) => i.weight).filter((c) => c.reading.kind !== 'blank');
  if (cells.length === 0 || cells.some((c) => c.value === null)) return [];
  const refs = cells.map((c) => c.ref);
  const fractional = cells.find((c) => !Number.isInteger(c.value));
  if (fractional) {
    const p = placeText(place(goal.indicators[cells.indexOf(fractional)].name.text, COLUMNS.weight));
    return [
      finding(
        'error',
        { rule: 't4.weights', messageId: 'notWhole' },
        fractional.ref,
        refs,
        WEIGHTS_MESSAGES.notWhole(p, fractional.value!),
        { stated: fractional.value },
      ),
    ];
  }
  const total = cells.reduce((acc, c) => acc + c.value!, 0);
  if (total === 100) return [];
  const p = placeText(place(goal.name.text, COLUMNS.weight));
  return [
    finding('error', { rule: 't4.weights', messageId: 'sum' }, refs[0], refs, WEIGHTS_MESSAGES.sum(p, total), {
      stated: total,
      expected: 100,
    }),
  ];
}

function indicatorType(ind: Indicator): Finding[] {
  const text = ind.type.text.replace(/\s+/g, '');
  if (INDICATOR_TYPES.includes(text)) return [];
  const p = placeText(place(ind.name.text, COLUMNS.type));
  return [
    finding(
      'error',
      { rule: 't4.type', messageId: 'unknownType' },
      ind.type.ref,
      [ind.type.ref],
      TYPE_MESSAGES.unknownType(p, ind.type.text),
      { stated: ind.type.text },
    ),
  ];
}

/** Every 목표 row has its 실적 row right after it. */
function paired(ind: Indicator): Finding[] {
  if (ind.actualRow !== null) return [];
  const ref = ind.targets[0]?.ref ?? ind.name.ref;
  const p = placeText(place(ind.name.text, COLUMNS.target));
  return [finding('error', { rule: 't4.pair', messageId: 'noActual' }, ref, [ref], PAIR_MESSAGES.noActual(p))];
}

const shown = (c: NumCell): string => (c.reading.kind === 'number' ? c.reading.shown : String(c.value));

/** A target series moving against the indicator's direction (from its name and unit, never its 측정산식). */
function direction(ind: Indicator): Finding[] {
  const rising = indicatorDirection(ind.name.text, ind.unit) === 'rising';
  const series = ind.targets.filter((t) => t.interval !== null);
  // Only a move no rounding explains. Each step may hide in rounding (86 → 85 touch at 85.5), but the series as a
  // whole cannot rise through 86, 85, 84: the first target whose whole interval lies on the wrong side of an
  // earlier one's (the highest earlier lower bound for a rising indicator) is where it goes wrong.
  let peak = 0;
  let against = -1;
  for (let i = 1; i < series.length && against < 0; i += 1) {
    const [now, best] = [series[i].interval!, series[peak].interval!];
    if (rising ? now.hi < best.lo : now.lo > best.hi) against = i;
    else if (rising ? now.lo > best.lo : now.hi < best.hi) peak = i;
  }
  if (against < 0) return [];
  const [before, after] = [series[peak], series[against]];
  const p = placeText(place(ind.name.text, COLUMNS.target));
  const [b, a] = [shown(before), shown(after)];
  return [
    finding(
      'warning',
      { rule: 't4.direction', messageId: rising ? 'fallsRising' : 'risesFalling' },
      after.ref,
      series.map((t) => t.ref),
      DIRECTION_MESSAGES[rising ? 'fallsRising' : 'risesFalling'](p, b, a),
      { stated: after.value },
    ),
  ];
}

/** A basis stating no rule this tool can apply: reported, never guessed (its targets are neither checked nor filled). */
function unreadBasis(ind: Indicator): Finding[] {
  if (!ind.basis || parseTargetRule(ind.basis.text, ind.unit).kind !== 'unknown') return [];
  const p = placeText(place(ind.name.text, COLUMNS.basis));
  return [finding('info', { rule: 't4.basis', messageId: 'noRule' }, ind.basis.ref, [ind.basis.ref], BASIS_MESSAGES.noRule(p))];
}

const yearTarget = (ind: Indicator, i: number): Message => {
  const yy = `'${String(ind.years[i] % 100).padStart(2, '0')}`;
  return { ko: `${yy} 목표`, en: `${yy} target` };
};

/**
 * A future 목표 (a year without 실적) that neither the rule's projection from the years before the future ones nor
 * the rule applied to the target just before it gives: one mistyped year is one finding, and so is one year that
 * shifts the series (the years after it follow it). Only information: the plan's own figure stands, and recompute
 * never rewrites it.
 */
function deviations(ind: Indicator): Finding[] {
  const clause = ind.basis && statedRule(ind.basis.text, ind.unit);
  if (!ind.basis || clause === undefined) return [];
  const decimals = targetDecimals(ind);
  const [rule, stated] = [parseTargetRule(ind.basis.text, ind.unit), statedTargets(ind)];
  const expected = ruleTargets(rule, stated, firstFutureYear(ind), decimals);
  const stepped = stepTargets(rule, stated, decimals);
  const basisRef = ind.basis.ref;
  return ind.targets.flatMap((t, i) => {
    const e = expected[i];
    if (e === null || t.reading.kind !== 'number' || [e, stepped[i]].includes(excelRound(t.reading.value, decimals))) return [];
    const p = placeText(place(ind.name.text, yearTarget(ind, i)));
    const [x, s] = [figure(e, decimals), figure(t.reading.value, t.reading.decimals)];
    return [
      finding(
        'info',
        { rule: 't4.target', messageId: 'offBasis' },
        t.ref,
        [...ind.targets.slice(0, i + 1).map((c) => c.ref), basisRef],
        TARGET_MESSAGES.offBasis(p, clause, x, s),
        {
          stated: t.reading.value,
          expected: e,
        },
      ),
    ];
  });
}

/** 성과지표별 목표치 설정: weights, 지표 유형, 목표/실적 pairs, the direction of targets and their 근거, goal by goal. */
export function indicatorChecks(goal: Pick<Goal, 'name' | 'indicators'>): Finding[] {
  return [
    ...weights(goal),
    ...blankWeights(goal),
    ...goal.indicators.flatMap((i) => [
      ...indicatorType(i),
      ...paired(i),
      ...direction(i),
      ...unreadBasis(i),
      ...deviations(i),
      ...measureChecks(i),
    ]),
  ];
}
