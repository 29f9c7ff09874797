import type { Message } from './message';
import type { Severity } from './severity';

/** Where a rule belongs: a table kind, the plan as a whole, one cell, or the run itself (the CLI's file and arguments). */
export type RuleFamily = 'T0' | 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'plan' | 'cell' | 'run';

export type RuleDoc = {
  /** The severity of its main finding; relation rules also report `info` (rounding, effects) and `warning` (blank). */
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** One line, as the README's rule table prints it. */
  readonly doc: string;
  /**
   * Its messages, as ESLint rules declare `meta.messages`: each message id with one line on what that message says.
   * `Finding.messageId` is typed by these keys; the texts (Korean and English) are tables keyed by the same ids beside
   * the code that reports them (`satisfies RuleMessages<…>`), so a message id without its text, or a text without its
   * id, does not compile.
   */
  readonly messages: Readonly<Record<string, string>>;
};

/** What every relation rule reports (rules/relationText.ts words them). */
export const RELATION_MESSAGE_DOCS = {
  mismatch: 'the derived cell states a figure outside what its inputs allow',
  culprit: 'one input alone explains several broken relations: told at the input, with the value that fits',
  consequence: 'info: broken only by the error at another cell (`cause`)',
  roundingOnly: 'info: consistent under rounding, though the shown figures give another figure',
  blank: 'warning: the derived cell is blank',
} as const;

/** A relation dividing by a figure that may be 0 (구성비, 증감률). */
const PERCENT = { ...RELATION_MESSAGE_DOCS, notComputable: 'info: not computable, the divisor is 0' } as const;

/**
 * Every rule id perfplan reports, once: the README's rule table and `rules/README.md` are generated from this table
 * (`npm run docs:rules`, tested), `Finding.rule` is typed by it, and every id must have valid and invalid cases in
 * test/engine/rules/cases (ruleCases.test.ts fails without them).
 */
export const RULES = {
  't0.total': {
    severity: 'error',
    family: 'T0',
    doc: '성과계획 총괄표: the 계 row = Σ 실국 rows, per column',
    messages: RELATION_MESSAGE_DOCS,
  },
  't0.change': {
    severity: 'error',
    family: 'T0',
    doc: '총괄표 비교증감 = 예산액 − 전년도예산액 (a printed figure 1 off from 천원 rounding is `info`)',
    messages: RELATION_MESSAGE_DOCS,
  },
  't0.count': {
    severity: 'error',
    family: 'T0',
    doc: '총괄표 전략목표수, 정책사업목표 개수·지표수, 단위사업수 are whole numbers',
    messages: { notWhole: 'a count that is not a whole number, 0 or more' },
  },
  't0.department': {
    severity: 'error',
    family: 'T0',
    doc: "a 총괄표 실국 row = that department's tables (same workbook, or files checked together), matched by name whatever its spacing: 정책사업목표 개수 = its goals, 지표수 = Σ 성과지표수, 단위사업수 = Σ 단위사업수, 예산액 and 전년도예산액 = its 예산현황 정책사업 (Σ 정책사업목표 예산액 without one), 전략목표수 = its `전략목표` lines when it has any; a row with no department, or a department with no row, is a `warning`",
    messages: {
      ...RELATION_MESSAGE_DOCS,
      noDepartment: 'warning: a 실국 row whose department has no tables here',
      noRow: 'warning: a department with no 실국 row',
    },
  },
  't1.budget': {
    severity: 'error',
    family: 'T1',
    doc: '정책사업목표 예산액 = Σ current-year budget of its 단위사업 (units converted)',
    messages: {
      ...RELATION_MESSAGE_DOCS,
      openGoals: 'Σ 예산액 of the goals an ambiguous split leaves open ≠ Σ their 단위사업 budgets',
    },
  },
  't1.policy': {
    severity: 'error',
    family: 'T1',
    doc: '예산현황 정책사업 = Σ 정책사업목표 예산액',
    messages: RELATION_MESSAGE_DOCS,
  },
  't1.indicators': {
    severity: 'error',
    family: 'T1',
    doc: "성과지표수 = indicators in the goal's 성과지표별 목표치 설정",
    messages: RELATION_MESSAGE_DOCS,
  },
  't1.units': {
    severity: 'error',
    family: 'T1',
    doc: "단위사업수 = the goal's 단위사업 (where the split is ambiguous: Σ over the goals it leaves open = their 단위사업, on the T1 naming every such cell; `t1.budget` likewise)",
    messages: {
      ...RELATION_MESSAGE_DOCS,
      openGoals: 'Σ 단위사업수 of the goals an ambiguous split leaves open ≠ their 단위사업',
    },
  },
  'link.unresolved': {
    severity: 'warning',
    family: 'T1',
    doc: 'goals could not be matched to their 단위사업 (even allowing one wrong 예산액); T1 relations skipped',
    messages: { unmatched: 'the goals could not be matched to their 단위사업' },
  },
  'link.ambiguous': {
    severity: 'warning',
    family: 'T1',
    doc: 'several goal ↔ 단위사업 splits fit equally well: on the T1, naming the candidate splits; the 예산액 and 단위사업수 that depend on the choice are neither blamed nor recomputed (choose with `recompute --link`)',
    messages: { splits: 'the candidate splits, and how to choose one' },
  },
  'plan.unchecked': {
    severity: 'warning',
    family: 'plan',
    doc: 'a table found of which no relation could be checked (unread cells, a link that failed, nothing to read), saying why',
    messages: {
      unreadCells: 'some of its cells could not be read',
      unlinked: 'its goals could not be matched to their 단위사업',
      undecided: 'which 단위사업 belong to which goal is not decided',
      noRelatedTables: 'a T1 without the tables it relates to',
      noMeasured:
        'a 측정 자료 table with no year to check (a quantity or the 실적 cell missing) or no row linked to an indicator',
      nothingRead: 'no figure to check could be read',
    },
  },
  'plan.lone': {
    severity: 'info',
    family: 'plan',
    doc: 'tables no department reads were checked by their own relations only; relations to other tables skipped',
    messages: { lone: 'the tables no department reads, counted' },
  },
  'plan.duplicateDepartment': {
    severity: 'warning',
    family: 'plan',
    doc: "two departments have one name (a copied `[소관실국]` line or 부서명): at the later one's T1, naming the earlier one's; choosing a department by name would merge them",
    messages: { sameName: "the earlier department's T1 with the same name" },
  },
  't2.quota': { severity: 'error', family: 'T2', doc: '정원 계 = 4급이상 + 5급 + 6급이하', messages: RELATION_MESSAGE_DOCS },
  't2.total': {
    severity: 'error',
    family: 'T2',
    doc: 'the 계 row = Σ department rows, per column',
    messages: RELATION_MESSAGE_DOCS,
  },
  't2.current': {
    severity: 'warning',
    family: 'T2',
    doc: '현원 above 정원',
    messages: { overQuota: '현원 and 정원 of the row' },
  },
  't3.total': {
    severity: 'error',
    family: 'T3',
    doc: '계 = 정책사업 + 행정운영경비 + 재무활동 (both years)',
    messages: RELATION_MESSAGE_DOCS,
  },
  't3.admin': {
    severity: 'error',
    family: 'T3',
    doc: '행정운영경비 = 인력운영비 + 기본경비 (both years)',
    messages: RELATION_MESSAGE_DOCS,
  },
  't3.share': { severity: 'error', family: 'T3', doc: '구성비 = amount / 계 × 100 (both years)', messages: PERCENT },
  't3.change': { severity: 'error', family: 'T3', doc: '비교증감 = 예산액 − 전년도예산액', messages: RELATION_MESSAGE_DOCS },
  't3.rate': {
    severity: 'error',
    family: 'T3',
    doc: '증감률 = 비교증감 / 전년도예산액 × 100; 0.00 when both years are 0; not computable when only 전년도 is 0',
    messages: PERCENT,
  },
  't4.weights': {
    severity: 'error',
    family: 'T4',
    doc: "a goal's 가중치 are whole numbers summing to 100 (blank ones left out)",
    messages: { notWhole: 'a 가중치 that is not a whole number', sum: "the goal's 가중치 do not sum to 100" },
  },
  't4.weightBlank': {
    severity: 'warning',
    family: 'T4',
    doc: "an indicator without a 가중치 (`--rebalance-weights` gives it the goal's mean)",
    messages: { blank: 'the 가중치 is blank' },
  },
  't4.type': {
    severity: 'error',
    family: 'T4',
    doc: '지표 유형 is 핵심 or 일반',
    messages: { unknownType: 'a 지표 유형 other than 핵심 or 일반' },
  },
  't4.pair': {
    severity: 'error',
    family: 'T4',
    doc: 'every 목표 row has its 실적 row',
    messages: { noActual: 'a 목표 row without its 실적 row' },
  },
  't4.target': {
    severity: 'info',
    family: 'T4',
    doc: 'a future 목표 differs from the rule its 목표치 설정 근거 states (`기준값에서 0.2% 증`)',
    messages: { offBasis: 'the target, what its 근거 gives, and the 근거 clause' },
  },
  't4.basis': {
    severity: 'info',
    family: 'T4',
    doc: 'a 목표치 설정 근거 that states no step, rate or average: targets are neither checked nor filled from it',
    messages: { noRule: 'a 근거 stating no step, rate or average' },
  },
  't4.measure': {
    severity: 'warning',
    family: 'T4',
    doc: "a 측정산식 that does not parse (the JSON's `offset` is where) or names no measured quantity (`100/3`); a 측정방법 in words is not checked",
    messages: { syntax: 'the 측정산식 does not parse (with `offset`)', noQuantity: 'the 측정산식 names no measured quantity' },
  },
  't4.actual': {
    severity: 'error',
    family: 'T4',
    doc: '실적 = its 측정산식 evaluated on the quantities a 측정 자료 table gives for that year (지표명 | 항목 | one column per year), in interval arithmetic; a year missing a quantity is not checked; a blank 실적 is a `warning` and recompute writes it',
    messages: {
      mismatch: 'the 실적 lies outside what the 측정산식 gives on the 측정 자료 figures',
      roundingOnly: 'info: within the rounding, though the plain recomputed figure differs',
      blank: 'warning: the 실적 is blank (recompute writes it)',
      notComputable: 'info: not computable, the divisor may be 0',
    },
  },
  't4.measureData': {
    severity: 'warning',
    family: 'T4',
    doc: "a 측정 자료 row that cannot be used: its 지표명 names no indicator or several, the indicator's 측정산식 does not parse, its 항목 is no quantity of the 측정산식, or the quantity is given twice (neither is used)",
    messages: {
      noIndicator: 'its 지표명 names no indicator',
      severalIndicators: 'its 지표명 names several indicators',
      noFormula: "the indicator's 측정산식 does not parse or names no quantity",
      notInFormula: 'its 항목 is no quantity of the 측정산식',
      twice: 'the quantity is given twice',
    },
  },
  't4.direction': {
    severity: 'warning',
    family: 'T4',
    doc: "the 목표 series moves against the indicator's direction (from its name and unit, never its 측정산식)",
    messages: {
      fallsRising: 'the targets of a rising indicator fall',
      risesFalling: 'the targets of a falling indicator rise',
    },
  },
  't5.total': {
    severity: 'error',
    family: 'T5',
    doc: '단위사업 row = Σ its 세부사업, per year column',
    messages: RELATION_MESSAGE_DOCS,
  },
  't5.count': { severity: 'error', family: 'T5', doc: '비고 세부사업수 = the 세부사업 rows', messages: RELATION_MESSAGE_DOCS },
  't5.noUnitRow': {
    severity: 'warning',
    family: 'T5',
    doc: 'a 관련 예산사업 내역 starts with its 세부사업 (the `단위사업` heading names another 단위사업, no 세부사업수, no sum): its totals are neither checked nor written; T1 adds up its 세부사업',
    messages: { noUnitRow: 'the first row is a 세부사업' },
  },
  't6.shares': {
    severity: 'error',
    family: 'T6',
    doc: '지원조건 shares sum to 100 %',
    messages: { sum: 'the shares do not sum to 100 %' },
  },
  't6.source': {
    severity: 'error',
    family: 'T6',
    doc: 'a 지원조건 share names no known source',
    messages: { unknownSource: 'a share naming no known source' },
  },
  't6.terms': {
    severity: 'warning',
    family: 'T6',
    doc: '지원조건 text that does not read as shares',
    messages: { unreadable: 'a piece of 지원조건 that reads as no share' },
  },
  'cell.unread': {
    severity: 'error',
    family: 'cell',
    doc: 'a number cell holding words (미정, 별도), an error value or an uncached formula',
    messages: {
      notNumber: 'words where a number belongs (미정, 별도)',
      errorValue: 'an error value (#DIV/0!)',
      uncachedFormula: 'a formula with no cached value',
      missingColumn: 'a column the header lacks',
      notBudgetRow: 'a 예산현황 row label that is no row of the table (or a second one)',
      noIndicatorName: 'a 성과지표별 목표치 설정 row without an indicator name',
      noMeasureName: 'a 측정 자료 row without its indicator name or quantity name',
    },
  },
  'cell.merged': {
    severity: 'warning',
    family: 'cell',
    doc: 'a number cell covered by a merge it does not start (`C22` inside `B22:C22`): read as unknown, never written',
    messages: { hiddenInMerge: 'the merge that hides the cell' },
  },
  'file.unusable': {
    severity: 'error',
    family: 'run',
    doc: 'the file cannot be read as a plan workbook (exit 2)',
    messages: { unusable: 'the file, and why (the JSON `code` says which kind)' },
  },
  'cli.arguments': {
    severity: 'error',
    family: 'run',
    doc: 'bad command-line arguments (exit 2)',
    messages: { badArguments: 'the argument and how to use perfplan' },
  },
  'cli.internal': {
    severity: 'error',
    family: 'run',
    doc: 'an unexpected failure inside perfplan, told in one line without a stack trace (exit 2)',
    messages: { internal: 'the failure in one line' },
  },
} as const satisfies Record<string, RuleDoc>;

export type RuleId = keyof typeof RULES;

/** The message ids of one rule (`MessageId<'t4.weights'>` is `'notWhole' | 'sum'`), or of every rule. */
export type MessageId<R extends RuleId = RuleId> = R extends RuleId ? keyof (typeof RULES)[R]['messages'] & string : never;

/** The rules whose relations blame.ts judges and explains: those that report every relation message. */
export type RelationRuleId = {
  [R in RuleId]: keyof typeof RELATION_MESSAGE_DOCS extends MessageId<R> ? R : never;
}[RuleId];

/** The rules about the run itself (the CLI's file and arguments), which the shells report, never the engine. */
export type RunRuleId = { [R in RuleId]: (typeof RULES)[R]['family'] extends 'run' ? R : never }[RuleId];

/** A rule and one of its own message ids: what tells which message a finding carries, whatever its language. */
export type RuleMessage = { [R in RuleId]: { readonly rule: R; readonly messageId: MessageId<R> } }[RuleId];

/** The message ids every relation rule shares (`notComputable` only where it divides). */
export type RelationMessageId = keyof typeof PERCENT;

export const RELATION_MESSAGE_IDS = Object.keys(PERCENT) as RelationMessageId[];

/**
 * The texts of one rule's own messages (those it does not share with every relation rule), keyed by its message ids:
 * every id, nothing else. A text is a function of what the message says, giving Korean and English.
 */
export type RuleMessages<R extends RuleId> = {
  readonly [M in Exclude<MessageId<R>, RelationMessageId>]: (...args: never[]) => Message;
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];
