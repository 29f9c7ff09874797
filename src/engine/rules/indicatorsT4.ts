import type { Finding, Message } from '../findings/finding';
import { indicatorDirection } from '../model/direction';
import type { Goal, Indicator, NumCell } from '../model/plan';
import { figure, placeText, say } from './messages';
import type { Place } from './relation';

const COLUMNS = {
  weight: { ko: '가중치', en: 'weight' },
  type: { ko: '지표 유형', en: 'indicator type' },
  target: { ko: '목표', en: 'target' },
} as const satisfies Record<string, Message>;

const INDICATOR_TYPES = ['핵심', '일반'];

const place = (row: string, col: Message): Place => ({ table: 'T4', row, col });

const finding = (severity: Finding['severity'], rule: string, ref: NumCell['ref'], cells: NumCell['ref'][], message: Message, extra: Partial<Finding> = {}): Finding => ({
  severity, rule, ref, cells, message, ...extra,
});

/** A goal's 가중치 are exact integers summing to exactly 100. */
function weights(goal: Goal): Finding[] {
  const cells = goal.indicators.map((i) => i.weight);
  if (cells.length === 0 || cells.some((c) => c.value === null)) return [];
  const refs = cells.map((c) => c.ref);
  const fractional = cells.find((c) => !Number.isInteger(c.value));
  if (fractional) {
    const p = placeText(place(goal.indicators[cells.indexOf(fractional)].name.text, COLUMNS.weight));
    return [finding('error', 't4.weights', fractional.ref, refs, say(p, `가중치 ${fractional.value}는 정수여야 합니다`, `weight ${fractional.value} must be a whole number`), { stated: fractional.value })];
  }
  const total = cells.reduce((acc, c) => acc + c.value!, 0);
  if (total === 100) return [];
  const p = placeText(place(goal.name.text, COLUMNS.weight));
  return [
    finding('error', 't4.weights', refs[0], refs, say(p, `가중치 합계 ${figure(total, 0)}, 100이어야 합니다`, `weights sum to ${figure(total, 0)}, not 100`), {
      stated: total,
      expected: 100,
    }),
  ];
}

function indicatorType(ind: Indicator): Finding[] {
  const text = ind.type.text.replace(/\s+/g, '');
  if (INDICATOR_TYPES.includes(text)) return [];
  const p = placeText(place(ind.name.text, COLUMNS.type));
  return [finding('error', 't4.type', ind.type.ref, [ind.type.ref], say(p, `'${ind.type.text}'은(는) 핵심 또는 일반이어야 합니다`, `'${ind.type.text}' must be 핵심 (core) or 일반 (general)`), { stated: ind.type.text })];
}

/** Every 목표 row has its 실적 row right after it. */
function paired(ind: Indicator): Finding[] {
  if (ind.actualRow !== null) return [];
  const ref = ind.targets[0]?.ref ?? ind.name.ref;
  const p = placeText(place(ind.name.text, COLUMNS.target));
  return [finding('error', 't4.pair', ref, [ref], say(p, '목표 행에 짝이 되는 실적 행이 없습니다', 'the 목표 (target) row has no 실적 (actual) row'))];
}

const shown = (c: NumCell): string => (c.reading.kind === 'number' ? c.reading.shown : String(c.value));

/** A target series moving against the indicator's direction (from its name and unit, never its 측정산식). */
function direction(ind: Indicator): Finding[] {
  const rising = indicatorDirection(ind.name.text, ind.unit) === 'rising';
  const series = ind.targets.filter((t) => t.interval !== null);
  // Only a step that no rounding explains: the next target's whole interval lies on the wrong side.
  const against = series.findIndex((t, i) => i > 0 && (rising ? t.interval!.hi < series[i - 1].interval!.lo : t.interval!.lo > series[i - 1].interval!.hi));
  if (against < 0) return [];
  const [before, after] = [series[against - 1], series[against]];
  const p = placeText(place(ind.name.text, COLUMNS.target));
  const [b, a] = [shown(before), shown(after)];
  return [
    finding(
      'warning',
      't4.direction',
      after.ref,
      series.map((t) => t.ref),
      rising
        ? say(p, `높을수록 좋은 지표인데 목표가 ${b}에서 ${a}(으)로 낮아집니다`, `a rising indicator whose target falls from ${b} to ${a}`)
        : say(p, `낮을수록 좋은 지표인데 목표가 ${b}에서 ${a}(으)로 높아집니다`, `a falling indicator whose target rises from ${b} to ${a}`),
      { stated: after.value },
    ),
  ];
}

/** 성과지표별 목표치 설정: weights, 지표 유형, 목표/실적 pairs and the direction of targets, goal by goal. */
export function indicatorChecks(goal: Goal): Finding[] {
  return [...weights(goal), ...goal.indicators.flatMap((i) => [...indicatorType(i), ...paired(i), ...direction(i)])];
}
