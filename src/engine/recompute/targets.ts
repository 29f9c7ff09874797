import type { Indicator } from '../model/plan';
import { parseTargetRule, projectTargets } from '../model/targetRule';
import { figure } from '../rules/messages';
import type { Edit } from './edit';

/**
 * Projected 목표 for an indicator's blank future years, by the rule its 목표치 설정 근거 states (`기준값에서 0.2% 증`).
 * The model does not hold the 근거 text, so the caller passes it; an unreadable rule fills nothing, and a stated
 * target (or a word such as 미정) is never rewritten.
 */
export function targetEdits(indicator: Indicator, basis: string): Edit[] {
  const rule = parseTargetRule(basis);
  const known = indicator.targets.map((t) => (t.reading.kind === 'number' ? t.value : null));
  const decimals = Math.max(0, ...indicator.targets.map((t) => (t.reading.kind === 'number' ? t.reading.decimals : 0)));
  const projected = projectTargets(rule, known, decimals);
  return indicator.targets.flatMap((cell, i) => {
    const value = projected[i];
    if (cell.reading.kind !== 'blank' || value === null) return [];
    const where = `${indicator.name.text} '${String(indicator.years[i] % 100).padStart(2, '0')}`;
    return [
      {
        ref: cell.ref,
        value,
        reason: {
          ko: `목표치 채움: ${where} = ${figure(value, decimals)} (근거: ${basis})`,
          en: `Target filled: ${where} = ${figure(value, decimals)} (basis: ${basis})`,
        },
      },
    ];
  });
}
