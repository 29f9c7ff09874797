import type { RuleMessage, RuleMessages } from '../findings/ruleRegistry';
import type { Choice, Finding, Message } from '../findings/finding';
import type { CellRef } from '../grid/cellRef';
import { intersects, sum, widen } from '../interval/ops';
import type { Interval } from '../interval/interval';
import type { Department, Plan } from '../model/plan';
import { figure } from '../interval/shown';
import { TABLE_NAMES } from '../model/tableNames';
import { departmentName } from './messages';
import { shownDecimals, termInterval, termValue, type Operand, type Term } from '../relations/relation';
import { tableAt } from './tableAt';

/** How many candidate splits a message spells out; the rest are counted. */
const SHOWN = 3;

/** What the goals whose 단위사업 depend on the choice share in every candidate split. */
export type OpenGoals = {
  /** 예산액 and 단위사업수 of each open goal, in goal order. */
  readonly budgets: ReadonlyArray<Operand>;
  readonly counts: ReadonlyArray<Operand>;
  /** The 단위사업 the open goals hold between them: the same in every candidate (the others' runs are fixed). */
  readonly units: ReadonlyArray<number>;
  /** Their current-year budgets in T1's unit. */
  readonly terms: ReadonlyArray<Term>;
};

const stated = (o: Operand): boolean => o.interval !== null && o.cell.value !== null && o.cell.reading.kind !== 'blank';

/** `목표 1: 정보화 사업, 행정정보 / 목표 2: 구정홍보` for one candidate, open goals only. */
function described(dept: Department, split: ReadonlyArray<ReadonlyArray<number>>, open: ReadonlyArray<number>): Message {
  const goal = (n: number, lang: 'ko' | 'en') => {
    const names = split[n].map((u) => dept.unitProjects[u]?.name.text ?? '').join(', ');
    return lang === 'ko' ? `목표 ${n + 1}: ${names || '없음'}` : `goal ${n + 1}: ${names || 'none'}`;
  };
  return { ko: open.map((n) => goal(n, 'ko')).join(' / '), en: open.map((n) => goal(n, 'en')).join(' / ') };
}

const LINK_MESSAGES = {
  splits: (dept: Department, open: ReadonlyArray<number>, candidates: NonNullable<Department['candidates']>): Message => {
    const shown = candidates.slice(0, SHOWN).map((c, i) => {
      const d = described(dept, c, open);
      return { ko: `(${i + 1}) ${d.ko}`, en: `(${i + 1}) ${d.en}` };
    });
    const rest = candidates.length - shown.length;
    const others = dept.moreCandidates
      ? { ko: ' 외 여러 가지', en: ' and more' }
      : rest > 0
        ? { ko: ` 외 ${rest}가지`, en: ` and ${rest} more` }
        : { ko: '', en: '' };
    const goals = open.map((n) => n + 1).join('·');
    const name = TABLE_NAMES.T1;
    const dn = departmentName(dept);
    return {
      ko:
        `${name.ko} (${dn.ko}): 단위사업을 정책사업목표에 나누는 방법이 여럿 맞습니다 — ${shown.map((s) => s.ko).join('; ')}${others.ko}. ` +
        `목표 ${goals}의 예산액·단위사업수는 고른 나눔에 따라 달라지므로 점검·재계산하지 않았습니다(합계만 점검). ` +
        `고르려면: recompute --link "<단위사업>=<목표 번호>"`,
      en:
        `${name.en} (${dn.en}): more than one split of unit projects into goals fits — ${shown.map((s) => s.en).join('; ')}${others.en}. ` +
        `The budgets and unit-project counts of goals ${goals.replace(/·/g, ', ')} depend on the choice, so they were neither checked nor recomputed (only their totals were checked). ` +
        `To choose: recompute --link "<unit project>=<goal number>"`,
    };
  },
} as const satisfies RuleMessages<'link.ambiguous'>;

/** `정책사업목표 현황 (정보홍보실): 목표 1·2` / `Policy objectives table (정보홍보실): goals 1, 2`: the open goals named. */
const openHead = (dept: Department, open: ReadonlyArray<number>): Message => ({
  ko: `${TABLE_NAMES.T1.ko} (${departmentName(dept).ko}): 목표 ${open.map((n) => n + 1).join('·')}`,
  en: `${TABLE_NAMES.T1.en} (${departmentName(dept).en}): goals ${open.map((n) => n + 1).join(', ')}`,
});

const OPEN_COUNT_MESSAGES = {
  openGoals: (head: Message, total: number, n: number): Message => ({
    ko: `${head.ko} 단위사업수 합계 ${figure(total, 0)}, 관련 예산사업 내역 ${n}개`,
    en: `${head.en}: unit-project counts sum to ${figure(total, 0)}, but there are ${n} project budget tables`,
  }),
} as const satisfies RuleMessages<'t1.units'>;

const OPEN_BUDGET_MESSAGES = {
  openGoals: (head: Message, total: number, naive: number, computed: Interval, decimals: number): Message => ({
    ko: `${head.ko} 예산액 합계 ${figure(total, decimals)}, 관련 예산사업 내역 예산 합계 ${figure(naive, decimals)} (${figure(computed.lo, decimals)}~${figure(computed.hi, decimals)})`,
    en: `${head.en}: budgets sum to ${figure(total, decimals)}, their project budgets to ${figure(naive, decimals)} (${figure(computed.lo, decimals)}–${figure(computed.hi, decimals)})`,
  }),
} as const satisfies RuleMessages<'t1.budget'>;

/** The warning on the T1: which splits fit, which cells were left, and how to choose. */
function warning(dept: Department, plan: Plan, open: ReadonlyArray<number>, cells: CellRef[]): Finding[] {
  const table = plan.tables[dept.t1];
  const candidates = dept.candidates ?? [];
  if (!table || candidates.length === 0) return [];
  const choices: Choice[] = candidates.map((c) => ({
    label: described(dept, c, open),
    links: open.flatMap((n) => c[n].map((u) => ({ project: dept.unitProjects[u]?.name.text ?? '', goal: n + 1 }))),
  }));
  return [
    {
      severity: 'warning',
      rule: 'link.ambiguous',
      messageId: 'splits',
      ref: tableAt(table),
      cells,
      choices,
      message: LINK_MESSAGES.splits(dept, open, candidates),
    },
  ];
}

/** An error over every open goal's cell: a total that no choice of split can make right. */
function totalError(
  dept: Department,
  plan: Plan,
  said: RuleMessage,
  cells: CellRef[],
  message: Message,
  figures: { stated: number; expected: number; interval?: Interval; decimals: number },
): Finding {
  const table = plan.tables[dept.t1];
  return {
    severity: 'error',
    ...said,
    // The table, not one goal's cell: which goal is wrong depends on the choice.
    ref: table ? tableAt(table) : cells[0],
    cells,
    message,
    stated: figures.stated,
    expected: figures.expected,
    decimals: figures.decimals,
    ...(figures.interval ? { interval: [figures.interval.lo, figures.interval.hi] as const } : {}),
  };
}

/**
 * Where several goal ↔ 단위사업 splits fit equally well: a `link.ambiguous` warning naming them, and what holds for
 * every one of them — Σ 단위사업수 of the open goals = the 단위사업 they hold, Σ 예산액 = Σ those 단위사업's
 * current-year budgets — checked as one relation each, an error naming every open goal's cell when it fails.
 */
export function ambiguousLink(dept: Department, plan: Plan, goals: OpenGoals): { findings: Finding[]; evaluated: CellRef[][] } {
  const open = dept.goals.flatMap((g, n) => (g.open ? [n] : []));
  const countCells = goals.counts.map((o) => o.cell.ref);
  const budgetCells = goals.budgets.map((o) => o.cell.ref);
  const findings = warning(dept, plan, open, [...budgetCells, ...countCells]);
  const evaluated: CellRef[][] = [];
  const head = openHead(dept, open);
  if (goals.counts.length > 0 && goals.counts.every(stated)) {
    evaluated.push(countCells);
    const total = goals.counts.reduce((acc, o) => acc + o.cell.value!, 0);
    const n = goals.units.length;
    if (total !== n)
      findings.push(
        totalError(
          dept,
          plan,
          { rule: 't1.units', messageId: 'openGoals' },
          countCells,
          OPEN_COUNT_MESSAGES.openGoals(head, total, n),
          { stated: total, expected: n, decimals: 0 },
        ),
      );
  }
  const computed = termInterval(goals.terms);
  if (goals.budgets.length > 0 && goals.budgets.every(stated) && computed) {
    const termCells = goals.terms.map((t) => t.at.cell.ref);
    evaluated.push([...budgetCells, ...termCells]);
    const statedSum = sum(goals.budgets.map((o) => o.interval!));
    if (!intersects(widen(computed), statedSum)) {
      const decimals = Math.max(...goals.budgets.map((o) => shownDecimals(o.cell)));
      const total = goals.budgets.reduce((acc, o) => acc + o.cell.value!, 0);
      const naive = termValue(goals.terms);
      findings.push(
        totalError(
          dept,
          plan,
          { rule: 't1.budget', messageId: 'openGoals' },
          [...budgetCells, ...termCells],
          OPEN_BUDGET_MESSAGES.openGoals(head, total, naive, computed, decimals),
          { stated: total, expected: naive, interval: computed, decimals },
        ),
      );
    }
  }
  return { findings, evaluated };
}
