import type { Finding, Message } from '../findings/finding';
import type { MessageId, RuleMessages } from '../findings/ruleRegistry';
import type { CellRef } from '../grid/cellRef';
import { refA1 } from '../grid/a1';
import type { Plan, TableInfo } from '../model/plan';
import { TABLE_NAMES } from '../model/tableNames';
import { tableAt } from './tableAt';

/**
 * What rules find in a table family beyond judging its relations: findings that need no interval arithmetic, with
 * `evaluated` listing the cells of each such check that was made (one entry per check), so the run can say how many
 * relations it checked and which tables none reached.
 */
export type Checks = {
  readonly findings: ReadonlyArray<Finding>;
  readonly evaluated?: ReadonlyArray<ReadonlyArray<CellRef>>;
};

/** How much a check covered: the tables found and the relations evaluated (a skipped relation is not counted). */
export type Checked = { readonly tables: number; readonly relations: number };

/** The indexes of the tables holding any of the cells. */
export function tablesReached(tables: ReadonlyArray<TableInfo>, cells: Iterable<CellRef>): Set<number> {
  // Per sheet and row, the tables spanning it: one lookup per cell, whatever the number of tables.
  const byRow = new Map<string, Map<number, number[]>>();
  tables.forEach((t, i) => {
    const rows = byRow.get(t.sheet) ?? new Map<number, number[]>();
    byRow.set(t.sheet, rows);
    for (let r = t.range.top; r <= t.range.bottom; r++) {
      const at = rows.get(r);
      if (at) at.push(i);
      else rows.set(r, [i]);
    }
  });
  const reached = new Set<number>();
  for (const ref of cells)
    for (const i of byRow.get(ref.sheet)?.get(ref.row) ?? [])
      if (ref.col >= tables[i].range.left && ref.col <= tables[i].range.right) reached.add(i);
  return reached;
}

/** `예산현황: 이 표의 관계를 하나도 점검하지 못했습니다 — <why>`. */
const unchecked = (name: Message, why: Message): Message => ({
  ko: `${name.ko}: 이 표의 관계를 하나도 점검하지 못했습니다 — ${why.ko}`,
  en: `${name.en}: none of its relations could be checked — ${why.en}`,
});

/** `plan.unchecked` by why no relation of the table could be checked. */
const UNCHECKED_MESSAGES = {
  unreadCells: (name: Message, cells: string): Message =>
    unchecked(name, { ko: `읽지 못한 셀이 있습니다 (${cells})`, en: `some cells could not be read (${cells})` }),
  unlinked: (name: Message): Message =>
    unchecked(name, {
      ko: '정책사업목표와 단위사업을 연결하지 못했습니다',
      en: 'its goals could not be matched to their unit projects',
    }),
  undecided: (name: Message): Message =>
    unchecked(name, { ko: '단위사업 연결이 정해지지 않았습니다', en: 'which unit projects belong to which goal is not decided' }),
  noRelatedTables: (name: Message): Message =>
    unchecked(name, { ko: '관련된 다른 표가 없습니다', en: 'the tables it relates to are missing' }),
  noMeasured: (name: Message): Message =>
    unchecked(name, {
      ko: '측정산식의 값이 모두 주어지고 실적 칸이 있는 해가 없거나, 행이 성과지표와 이어지지 않았습니다',
      en: "no year gives every quantity of a formula with the indicator's 실적 cell to check, or its rows name no indicator",
    }),
  nothingRead: (name: Message): Message =>
    unchecked(name, {
      ko: '점검할 수치를 읽지 못했습니다(빈 셀이거나 머리글·본문을 읽지 못함)',
      en: 'no figure to check could be read (blank cells, or an unread header or body)',
    }),
} as const satisfies RuleMessages<'plan.unchecked'>;

const LONE_MESSAGES = {
  lone: (n: number): Message => ({
    ko: `${TABLE_NAMES.T1.ko}과 함께 읽히지 않은 표 ${n}개는 각 표 안의 관계만 점검했습니다: 다른 표와의 관계(정책사업목표 예산액·성과지표수·단위사업수, 정책사업 합계)는 점검하지 않았습니다`,
    en: `${n === 1 ? '1 table was' : `${n} tables were`} not read with any policy objectives table: checked by their own relations only; relations to other tables (goal budgets and counts, the 정책사업 total) were skipped`,
  }),
} as const satisfies RuleMessages<'plan.lone'>;

/** Why no relation of a table could be checked, as far as the plan tells: the message id and its words. */
function why(plan: Plan, i: number): { messageId: MessageId<'plan.unchecked'>; message: Message } {
  const table = plan.tables[i];
  const name = TABLE_NAMES[table.kind];
  if (table.unread.length > 0) {
    const at = table.unread.map((u) => refA1(u.ref));
    const cells = at.length > 3 ? `${at.slice(0, 3).join(', ')} …` : at.join(', ');
    return { messageId: 'unreadCells', message: UNCHECKED_MESSAGES.unreadCells(name, cells) };
  }
  const dept = plan.departments.find((d) => d.t1 === i);
  if (dept && !dept.linked) return { messageId: 'unlinked', message: UNCHECKED_MESSAGES.unlinked(name) };
  if (dept?.candidates) return { messageId: 'undecided', message: UNCHECKED_MESSAGES.undecided(name) };
  if (table.kind === 'T1') return { messageId: 'noRelatedTables', message: UNCHECKED_MESSAGES.noRelatedTables(name) };
  if (table.kind === 'T4M') return { messageId: 'noMeasured', message: UNCHECKED_MESSAGES.noMeasured(name) };
  return { messageId: 'nothingRead', message: UNCHECKED_MESSAGES.nothingRead(name) };
}

/**
 * `plan.unchecked`: a warning on each table of the plan (not of a report area, not a 관련 예산사업 개요, which may hold
 * nothing to check) that no evaluated relation reached, saying why; so a workbook where tables were found but nothing
 * was checked is never told clean.
 */
export function uncheckedTables(plan: Plan, reached: ReadonlySet<number>): Finding[] {
  const own = plan.reportFrom ?? plan.tables.length;
  return plan.tables.flatMap((table, i): Finding[] => {
    if (i >= own || table.kind === 'T6' || reached.has(i)) return [];
    const ref = tableAt(table);
    return [{ severity: 'warning', rule: 'plan.unchecked', ...why(plan, i), ref, cells: [ref] }];
  });
}

/**
 * `plan.lone`: the plan's tables no department reads (no 정책사업목표 현황 in the workbook, a second 예산현황 …) were
 * checked by their own relations only; the relations to other tables were skipped. One note for all of them.
 */
export function loneNote(plan: Plan): Finding[] {
  const lone = (plan.loneTables ?? []).map((i) => plan.tables[i]).filter((t) => t !== undefined);
  if (lone.length === 0) return [];
  const refs = lone.map(tableAt);
  const n = lone.length;
  return [
    {
      severity: 'info',
      rule: 'plan.lone',
      messageId: 'lone',
      ref: refs[0],
      cells: refs,
      message: LONE_MESSAGES.lone(n),
    },
  ];
}
