import type { Finding, Message, Severity } from '../findings/finding';
import type { RelationMessageId, RelationRuleId, RuleMessage } from '../findings/ruleRegistry';
import type { CellRef } from '../grid/cellRef';
import { widen } from '../interval/ops';
import { excelRound } from '../interval/round';
import type { Figures } from './messages';
import { RELATION_MESSAGES } from './relationText';
import type { Interval } from '../interval/interval';
import {
  assume,
  cellsOf,
  judge,
  mapOperands,
  operandsOf,
  refKey,
  shownDecimals,
  statedDecimals,
  type Operand,
  type Outcome,
  type Relation,
} from '../relations/relation';
import { solveFor } from '../relations/solve';

export type Judged = { readonly relation: Relation; readonly outcome: Outcome };
type Broken = { readonly relation: Relation; readonly outcome: Extract<Outcome, { computed: unknown }> };

const figuresOf = ({ relation, outcome }: Broken): Figures => ({
  stated: relation.stated.cell.value ?? NaN,
  naive: outcome.naive,
  interval: outcome.computed,
  decimals: statedDecimals(relation.stated),
});

/**
 * A relation rule with one of the messages every relation rule shares. Only `notComputable` is not every rule's: it
 * comes from a divisor that may be 0, which only the rules the registry gives it (구성비, 증감률) have.
 */
const said = (rule: RelationRuleId, messageId: RelationMessageId): RuleMessage => ({ rule, messageId }) as RuleMessage;

function report(j: Broken, severity: Severity, messageId: RelationMessageId, message: Message, cause?: CellRef): Finding {
  const f = figuresOf(j);
  return {
    ...(cause ? { cause } : {}),
    severity,
    ...said(j.relation.rule, messageId),
    ref: j.relation.stated.cell.ref,
    cells: cellsOf(j.relation),
    message,
    // A blank derived cell states nothing: not the 0 it reads as.
    stated: j.relation.stated.cell.reading.kind === 'blank' ? null : f.stated,
    expected: f.naive,
    decimals: f.decimals,
    interval: [f.interval.lo, f.interval.hi],
  };
}

/** What a relation that is not broken reports on its own: rounding and not-computable info, blank warnings. */
function single(j: Judged): Finding[] {
  const { relation, outcome } = j;
  if (outcome.kind === 'noncomputable') {
    const ref = relation.stated.cell.ref;
    return [
      {
        severity: 'info',
        ...said(relation.rule, 'notComputable'),
        ref,
        cells: cellsOf(relation),
        message: RELATION_MESSAGES.notComputable(relation.stated.place),
        stated: relation.stated.cell.value,
      },
    ];
  }
  if (outcome.kind === 'rounding')
    return [
      report(
        { relation, outcome },
        'info',
        'roundingOnly',
        RELATION_MESSAGES.roundingOnly(relation.stated.place, figuresOf({ relation, outcome })),
      ),
    ];
  if (outcome.kind === 'blank')
    return [
      report(
        { relation, outcome },
        'warning',
        'blank',
        RELATION_MESSAGES.blank(relation.stated.place, figuresOf({ relation, outcome })),
      ),
    ];
  return [];
}

/** The cells a relation's disagreement may be blamed on: a blank derived cell passes it on to the cells it stands for. */
const keysOf = (rel: Relation): string[] => [
  // Each key once: 정책사업 is both the 구성비's numerator and, through a blank 계, part of its divisor, and counting
  // it twice made one broken relation look like two that a change of 정책사업 alone would explain.
  ...new Set(operandsOf(rel).flatMap((o) => (o.via ? o.via.map(refKey) : [refKey(o.cell.ref)]))),
];

/** The operand holding `key` itself (not through a blank) in the first relation that has one. */
const operandAt = (key: string, hits: Broken[]): { hit: Broken; at: Operand } | undefined => {
  for (const hit of hits) {
    const at = operandsOf(hit.relation).find((o) => !o.via && refKey(o.cell.ref) === key);
    if (at) return { hit, at };
  }
  return undefined;
};

/** Broken relations joined by shared cells: each group is explained separately. */
function groups(broken: Broken[]): Broken[][] {
  const parent = broken.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const owner = new Map<string, number>();
  broken.forEach((b, i) =>
    keysOf(b.relation).forEach((k) => {
      const other = owner.get(k);
      if (other === undefined) owner.set(k, i);
      else parent[root(i)] = root(other);
    }),
  );
  const byRoot = new Map<number, Broken[]>();
  broken.forEach((b, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), b]));
  return [...byRoot.values()];
}

/** Lexicographic comparison of ranks. */
function compare(a: number[], b: number[]): number {
  const i = a.findIndex((x, n) => x !== b[n]);
  return i < 0 ? 0 : a[i] - b[i];
}

/** What a blamed cell should hold: the interval every relation solved for it shares. */
type Fix = { readonly at: Operand; readonly interval: Interval };
/** The relations one value of a cell satisfies together, and that value's interval when any of them solves for it. */
type Agreement = { readonly hits: Broken[]; readonly fix?: Fix };

/** Whether `b` still fails with the cell `key` holding `value` (read through every blank computed from it). */
const stillBroken = (b: Broken, key: string, value: Interval): boolean =>
  judge({ ...b.relation, expr: assume(b.relation.expr, key, value) }).kind === 'broken';

/**
 * The relations among `hits` that one value of the cell `key` would satisfy together: those agreeing on the value
 * most of them allow (intervals on a line that meet pairwise share a point, so the largest such set is the most
 * intervals over one point, found at one of their lower ends), and every relation it cannot be solved from that
 * holds with that value (one reaching it through a blank 계 is re-evaluated, never taken on trust: two wrong 구성비
 * beside a blank 계 are two errors, not one 정책사업 that no value would make right). With two typos in a group
 * (계 and one 구성비), 계 explains all but the 구성비 it shares.
 */
function agreeing(key: string, hits: Broken[]): Agreement {
  const at = operandAt(key, hits)?.at;
  if (!at) return { hits: [] }; // reached only through blanks: nothing here to blame
  const fixes = hits.map((b) => solveFor(b.relation, at.cell.ref)).map((f) => f && widen(f.interval));
  const around = (p: number): Agreement => {
    const shared = fixes.filter((f): f is Interval => f !== undefined && f.lo <= p && p <= f.hi);
    const interval = { lo: Math.max(...shared.map((f) => f.lo)), hi: Math.min(...shared.map((f) => f.hi)) };
    return {
      hits: hits.filter((b, i) =>
        fixes[i] === undefined ? !stillBroken(b, key, interval) : fixes[i]!.lo <= p && p <= fixes[i]!.hi,
      ),
      fix: { at, interval },
    };
  };
  const solved = fixes.filter((f) => f !== undefined);
  if (solved.length === 0) return { hits };
  return solved.map((f) => around(f.lo)).reduce((best, set) => (set.hits.length > best.hits.length ? set : best));
}

/**
 * Cells ranked by how much of the open relations each alone could explain: the most relations one value of it
 * satisfies; on a tie one that explains every relation it is in, then the stated cell of one of them (a lone
 * broken relation blames its derived cell), then the cell fewest consistent relations vouch for, then the first met.
 * Only cells two or more open relations share are ranked: a cell in one relation explains at most that one, which
 * blame() leaves to its stated cell anyway; and weighing each operand of a 10,000-term sum cost a solve per operand.
 */
function ranked(open: Broken[], vouched: Map<string, number>): Array<Agreement & { key: string }> {
  const hitsOf = new Map<string, Broken[]>();
  open.forEach((b) => keysOf(b.relation).forEach((k) => hitsOf.set(k, [...(hitsOf.get(k) ?? []), b])));
  const stated = new Set(open.map((b) => refKey(b.relation.stated.cell.ref)));
  return [...hitsOf.entries()]
    .filter(([, all]) => all.length > 1)
    .map(([key, all], order) => {
      const agreement = agreeing(key, all);
      const n = agreement.hits.length;
      return { key, ...agreement, order, rank: [n, n === all.length ? 1 : 0, stated.has(key) ? 1 : 0, -(vouched.get(key) ?? 0)] };
    })
    .sort((a, b) => compare(b.rank, a.rank) || a.order - b.order)
    .map(({ key, hits, fix }) => ({ key, hits, ...(fix ? { fix } : {}) }));
}

/** One error at `key`, and info on every other relation it breaks. */
function blameAt(key: string, hits: Broken[]): Finding[] {
  const own = operandAt(key, hits)!; // ranked() offers only keys some hit holds itself
  const main = hits.find((b) => refKey(b.relation.stated.cell.ref) === key) ?? own.hit;
  const at = own.at;
  const others = hits.filter((b) => b !== main);
  const infos = (list: Broken[]) =>
    list.map((b) =>
      report(
        b,
        'info',
        'consequence',
        RELATION_MESSAGES.consequence(b.relation.stated.place, figuresOf(b), at.place),
        at.cell.ref,
      ),
    );
  if (refKey(main.relation.stated.cell.ref) === key)
    return [report(main, 'error', 'mismatch', RELATION_MESSAGES.mismatch(main.relation, figuresOf(main))), ...infos(others)];
  return [inputError(at, main, hits.length), ...infos(hits)];
}

/** The error on an input cell: what it holds against what the first relation it breaks implies. */
function inputError(at: Operand, main: Broken, broken: number): Finding {
  const decimals = shownDecimals(at.cell);
  const fix = solveFor(main.relation, at.cell.ref);
  const solved = fix && { naive: excelRound(fix.naive, decimals), interval: fix.interval };
  return {
    severity: 'error',
    ...said(main.relation.rule, 'culprit'),
    ref: at.cell.ref,
    cells: cellsOf(main.relation),
    message: RELATION_MESSAGES.culprit(at.place, at.cell.value ?? NaN, decimals, broken, solved),
    stated: at.cell.value,
    decimals,
    ...(solved ? { expected: solved.naive, interval: [solved.interval.lo, solved.interval.hi] as const } : {}),
  };
}

/**
 * A relation left over after blaming holds once the blamed cells in it hold what they should (인력운영비 and
 * 기본경비 both mistyped break 행정운영경비 = 인력운영비 + 기본경비 only through them): it is their effect, told as
 * info pointing to the first of them, not a third error.
 */
function effectOf(b: Broken, fixes: ReadonlyMap<string, Fix>): Finding | undefined {
  const used: Fix[] = [];
  const expr = mapOperands(b.relation.expr, (op) => {
    const fix = op.via ? undefined : fixes.get(refKey(op.cell.ref));
    if (!fix) return op;
    used.push(fix);
    return { ...op, cell: { ...op.cell, value: (fix.interval.lo + fix.interval.hi) / 2 }, interval: fix.interval };
  });
  if (used.length === 0 || judge({ ...b.relation, expr }).kind === 'broken') return undefined;
  return report(
    b,
    'info',
    'consequence',
    RELATION_MESSAGES.consequence(b.relation.stated.place, figuresOf(b), used[0].at.place),
    used[0].at.cell.ref,
  );
}

/**
 * "One typo, one error": broken relations that share cells are explained by as few cells as possible; each gets
 * one error, and the relations it breaks are info pointing to it. A relation left alone blames its stated cell.
 */
export function blame(judged: ReadonlyArray<Judged>): Finding[] {
  const broken = judged.filter((j): j is Broken => j.outcome.kind === 'broken');
  const vouched = new Map<string, number>();
  judged
    .filter((j) => j.outcome.kind === 'ok' || j.outcome.kind === 'rounding')
    .forEach((j) => keysOf(j.relation).forEach((k) => vouched.set(k, (vouched.get(k) ?? 0) + 1)));
  const errors = groups(broken).flatMap((group) => {
    const out: Finding[] = [];
    const fixes = new Map<string, Fix>();
    for (let open = group; open.length > 0;) {
      const best = ranked(open, vouched).find(({ hits }) => hits.length > 1);
      if (!best)
        return [
          ...out,
          ...open.map(
            (b) => effectOf(b, fixes) ?? report(b, 'error', 'mismatch', RELATION_MESSAGES.mismatch(b.relation, figuresOf(b))),
          ),
        ];
      out.push(...blameAt(best.key, best.hits));
      if (best.fix) fixes.set(best.key, best.fix);
      open = open.filter((b) => !best.hits.includes(b));
    }
    return out;
  });
  return [...judged.flatMap(single), ...errors];
}
