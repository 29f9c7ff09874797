import { sameCell, type CellRef } from '../grid/cellRef';
import type { Goal, Indicator, Plan } from '../model/plan';
import { figure } from '../interval/shown';
import type { Edit } from './edit';
import { rebalanceWeights } from './largestRemainder';

/** A goal by position: the pane and the CLI name goals this way. */
export type GoalAt = { readonly department: number; readonly goal: number };

/**
 * 가중치 summing to exactly 100 for one goal, as edits of the weights that change: stated weights keep their
 * proportions, a blank or unreadable weight counts as a new indicator. Weights are inputs, so these edits are
 * proposals: recompute makes them only when asked (`--rebalance-weights`).
 */
export function goalRebalance(goal: Goal): Edit[] {
  const stated = (i: Indicator): number | null => (i.weight.reading.kind === 'number' ? i.weight.value : null);
  const weights = rebalanceWeights(goal.indicators.map((i) => ({ weight: stated(i), core: i.type.text.includes('핵심') })));
  return goal.indicators.flatMap((indicator, k) => {
    const before = stated(indicator);
    if (before === weights[k]) return [];
    // The weight as held (33.5, even under a format that shows 34), so the message never reads "34 → 34".
    const held = before === null ? '' : `${figure(before, String(before).split('.')[1]?.length ?? 0)} → `;
    const change = `${goal.name.text} ${indicator.name.text} ${held}${weights[k]}`;
    return [
      {
        ref: indicator.weight.ref,
        value: weights[k],
        reason: { ko: `가중치 조정(합계 100): ${change}`, en: `Weight rebalanced (sum 100): ${change}` },
      },
    ];
  });
}

/** The rebalancing of one goal of the plan; no edits when there is no such goal. */
export function rebalance(plan: Plan, at: GoalAt): Edit[] {
  const goal = plan.departments[at.department]?.goals[at.goal];
  return goal ? goalRebalance(goal) : [];
}

/** The rebalancing of every goal whose 가중치 do not already sum to 100 in whole numbers. */
export const rebalanceAll = (plan: Plan): Edit[] => plan.departments.flatMap((d) => d.goals.flatMap(goalRebalance));

/**
 * The rebalancing of the goal one of whose 가중치 is `ref` (a t4.weights finding's cells): what the pane previews and
 * applies for that goal alone. No edits when no goal holds the cell.
 */
export const rebalanceAt = (plan: Plan, ref: CellRef): Edit[] => {
  const goal = plan.departments.flatMap((d) => d.goals).find((g) => g.indicators.some((i) => sameCell(i.weight.ref, ref)));
  return goal ? goalRebalance(goal) : [];
};
