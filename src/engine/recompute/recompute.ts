import type { Message } from '../findings/finding';
import type { CellRef, RangeRef } from '../grid/cellRef';
import type { Reading } from '../grid/reading';
import { cellAt, type Sheet } from '../grid/sheet';
import type { LinkChoice, Plan } from '../model/plan';
import { readPlan } from '../read/readPlan';
import { evaluate, judge, operandsOf, refKey, type Relation } from '../relations/relation';
import { applyEdits } from './applyEdits';
import { derivedRelations } from './derived';
import type { Edit } from './edit';
import { relationFormula } from './formulaText';
import { heldCells, type Blamed } from './held';
import { editReason } from './reason';
import { heldValue, representation } from './representation';
import { actualFills } from './actuals';
import { targetFills } from './targets';
import { derivedValue } from './value';

export type RecomputeOptions = {
  readonly formulas?: boolean;
  /** The user's choice of goal for named 단위사업, where several splits fit. */
  readonly links?: ReadonlyArray<LinkChoice>;
};

/** A derived cell recompute did not write although its figure is not settled, and why. */
export type Left = { readonly ref: CellRef; readonly reason: Message };

/**
 * The 예산액 and 단위사업수 of every goal whose 단위사업 depend on a choice among equally good splits: any figure
 * written there would be a guess, so they are left as they are until the user chooses (`--link`).
 */
function leftCells(plan: Plan): Left[] {
  return plan.departments.flatMap((dept) =>
    dept.goals.flatMap((goal, n) =>
      goal.open
        ? [goal.budget.ref, goal.unitCount.ref].map((ref) => ({
            ref,
            reason: {
              ko: `그대로 둠: 정책사업목표 ${n + 1}(${goal.name.text})의 단위사업이 정해지지 않아 값이 고르는 나눔에 따라 달라집니다 (--link "<단위사업>=<목표 번호>"로 고르세요)`,
              en: `Left as is: which unit projects belong to goal ${n + 1} (${goal.name.text}) is not decided, so its figure depends on the choice (choose with --link "<unit project>=<goal number>")`,
            },
          }))
        : [],
    ),
  );
}

/** Enough for the longest chain (행정운영경비 → 계 → 구성비, 세부사업 → 단위사업 → 정책사업목표) several times over. */
const MAX_ROUNDS = 20;

/**
 * A derived cell recompute writes: blank, inconsistent (outside the interval its inputs allow) or holding words,
 * and computable. A consistent figure is kept as it is, and a cell holding the user's own formula is only checked
 * (a formula this run wrote, `ours`, may still be rewritten once its inputs settle). Nothing is computed from a
 * `held` cell (a stale cached result of the user's formula): the figure would repeat a number known to be wrong,
 * and the check blames that cell, not what reads it, so the reader fixes one cell and everything else already agrees.
 */
function needsWrite(rel: Relation, ours: ReadonlySet<string>, held: ReadonlySet<string>): boolean {
  const cell = rel.stated.cell;
  const usersFormula = cell.formula !== undefined && !ours.has(refKey(cell.ref));
  if (usersFormula || !evaluate(rel.expr)) return false;
  // operandsOf lists the stated cell first, then the inputs.
  if (
    operandsOf(rel)
      .slice(1)
      .some((o) => held.has(refKey(o.cell.ref)))
  )
    return false;
  if (cell.reading.kind === 'word' || cell.reading.kind === 'error') return true;
  const outcome = judge(rel).kind;
  return outcome === 'blank' || outcome === 'broken';
}

const inside = (r: RangeRef, ref: CellRef): boolean =>
  ref.row >= r.top && ref.row <= r.bottom && ref.col >= r.left && ref.col <= r.right;

/** The table a cell belongs to (its column gives a blank cell its format); the cell alone when none holds it. */
function tableRange(plan: Plan, ref: CellRef): RangeRef {
  const table = plan.tables.find((t) => t.sheet === ref.sheet && inside(t.range, ref));
  return table?.range ?? { top: ref.row, bottom: ref.row, left: ref.col, right: ref.col };
}

function editFor(
  rel: Relation,
  plan: Plan,
  sheets: ReadonlyMap<string, Sheet>,
  before: Reading,
  formulas: boolean,
): Edit | undefined {
  const ref = rel.stated.cell.ref;
  const sheet = sheets.get(ref.sheet);
  if (!sheet) return undefined;
  const rep = representation(sheet, tableRange(plan, ref), ref, rel.expr.kind === 'percent');
  const derived = derivedValue(rel.expr, rep.info);
  if (!derived) return undefined;
  const formula = formulas ? relationFormula(rel.expr, ref, rep.info, derived.decimals, sheets) : undefined;
  return {
    ref,
    value: heldValue(derived.value, rep.info),
    ...(formula !== undefined ? { formula } : {}),
    ...(rep.numFmt !== undefined ? { numFmt: rep.numFmt } : {}),
    reason: editReason(rel.stated.place, before, derived.value, derived.decimals),
  };
}

/** The relations to write this round: those whose inputs no other pending relation will still change (one per cell). */
function nextBatch(pending: ReadonlyArray<Relation>): Relation[] {
  const changing = new Set(pending.map((r) => refKey(r.stated.cell.ref)));
  // operandsOf lists the stated cell first, then the inputs.
  const ready = pending.filter((r) =>
    operandsOf(r)
      .slice(1)
      .every((o) => !changing.has(refKey(o.cell.ref))),
  );
  const seen = new Set<string>();
  // In a cycle nothing is ready: write them all and let the next round settle it.
  return (ready.length > 0 ? ready : pending).filter((r) => {
    const key = refKey(r.stated.cell.ref);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** An edit that leaves the cell as it was (a cell corrected and then put back) is no edit. */
function changes(sheets: ReadonlyMap<string, Sheet>, e: Edit): boolean {
  const sheet = sheets.get(e.ref.sheet);
  const cell = sheet && cellAt(sheet, e.ref.row, e.ref.col);
  return !(cell && cell.value === e.value && cell.formula === e.formula && (e.numFmt === undefined || e.numFmt === cell.numFmt));
}

/**
 * Every derived cell to write, to a fixpoint: a filled 행정운영경비 feeds 계, which feeds 구성비. Each round re-reads
 * the plan from the sheets as edited so far; the edits keep the reason against what the cell held at first.
 * Blank future 목표 follow, filled by their 근거, and blank 실적 computed from the 측정 자료 (no derived cell depends on
 * either). `left` lists the cells whose figure depends on a choice the workbook does not make. `blamed`: the cells the
 * check blames (rules' `blamedCells`), to hold the user's formulas whose cached result is wrong.
 */
export function recomputeEdits(
  sheets: ReadonlyArray<Sheet>,
  options: RecomputeOptions,
  blamed: Blamed,
): { plan: Plan; edits: Edit[]; left: Left[] } {
  const read = (s: ReadonlyArray<Sheet>) => readPlan(s, { links: options.links ?? [] });
  const first = read(sheets);
  const original = new Map(sheets.map((s) => [s.name, s]));
  const firstReading = new Map<string, Reading>();
  const edits = new Map<string, Edit>();
  let current: ReadonlyArray<Sheet> = sheets;
  let plan = first;
  // The user's formulas are never written, so what is held in the first plan stays held.
  const held = heldCells(first, derivedRelations(first), blamed);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const ours = new Set(edits.keys());
    const pending = derivedRelations(plan).filter((rel) => needsWrite(rel, ours, held));
    const byName = new Map(current.map((s) => [s.name, s]));
    const made = nextBatch(pending).flatMap((rel) => {
      const key = refKey(rel.stated.cell.ref);
      if (!firstReading.has(key)) firstReading.set(key, rel.stated.cell.reading);
      const edit = editFor(rel, plan, byName, firstReading.get(key)!, options.formulas ?? false);
      return edit ? [edit] : [];
    });
    if (made.length === 0) break;
    made.forEach((e) => edits.set(refKey(e.ref), e));
    current = applyEdits(current, made);
    plan = read(current);
  }
  return {
    plan: first,
    edits: [...edits.values(), ...targetFills(first, original), ...actualFills(first, original)].filter((e) =>
      changes(original, e),
    ),
    left: leftCells(plan),
  };
}
