import type { CellRef, RangeRef } from '../grid/cellRef';
import type { Reading } from '../grid/reading';
import type { Interval } from '../interval/interval';
import type { UnreadId } from './unreadMessages';

/**
 * The typed plan: what detection reads out of the sheets and what rules, recompute and reports use.
 * Every number keeps its cell, its shown text and its interval.
 */

/**
 * T0 is the city's 성과계획 총괄표: it sums departments and never makes one of its own. T4M is a 측정 자료 table (not
 * one of the standard tables): the measured quantities of T4 indicators by year, from which 실적 are computed.
 */
export type TableKind = 'T0' | 'T1' | 'T2' | 'T3' | 'T4' | 'T4M' | 'T5' | 'T6';

import type { Unit } from '../grid/units';

export type { Unit };

/** A cell where a number belongs. `value`/`interval` are null when it does not read as a number. */
export type NumCell = {
  readonly ref: CellRef;
  readonly reading: Reading;
  /** Everything the cell holds, in the table's unit as the reader sees it (0.8697 under 0.00% → 86.97). */
  readonly value: number | null;
  /** Every value the shown figure may stand for (a point when the cell holds more than it shows). */
  readonly interval: Interval | null;
  /** The user's own formula, when the cell holds one. */
  readonly formula?: string;
};

/** A cell of text (names, 지표 유형, 지원조건 …). */
export type TextCell = { readonly ref: CellRef; readonly text: string };

/** A cell that could not be read as what its column needs, and why: its message id and words (Korean and English). */
export type Unread = {
  readonly ref: CellRef;
  readonly messageId: UnreadId;
  readonly ko: string;
  readonly en: string;
  /** Where the cell sits in its table, as a reader names it: its row and column labels (`기본경비 전년도예산액`). */
  readonly label?: string;
  /** The merge that covers the cell without starting at it: the cell shows nothing and takes no value. */
  readonly merge?: RangeRef;
};

export type TableInfo = {
  readonly kind: TableKind;
  readonly sheet: string;
  /** Header rows and body; not the title, caption or a notes column. */
  readonly range: RangeRef;
  /** The title cell (e.g. `< 예산현황 >`), when there is one. */
  readonly title?: CellRef;
  readonly unit?: Unit;
  readonly department?: string;
  readonly goal?: string;
  readonly project?: string;
  readonly unread: ReadonlyArray<Unread>;
};

// ---- T1 정책사업목표 현황 -------------------------------------------------------------
export type Goal = {
  readonly name: TextCell;
  readonly indicatorCount: NumCell; // 성과지표수
  readonly unitCount: NumCell; // 단위사업수
  readonly budget: NumCell; // 예산액
  /** From the goal's T4 (the n-th T4 of the department). */
  readonly indicators: ReadonlyArray<Indicator>;
  /** Indexes into Department.unitProjects, by the computed split (empty when unresolved). */
  readonly unitProjects: ReadonlyArray<number>;
  /** Index into Plan.tables of the goal's T4, when found. */
  readonly t4?: number;
  /**
   * Several splits fit the figures equally well and give this goal different 단위사업: `unitProjects` is only the
   * first candidate's, so its 예산액 and 단위사업수 are neither blamed nor written (DOMAIN: never a guess).
   */
  readonly open?: true;
};

// ---- T2 조직 및 인력현황 --------------------------------------------------------------
export type StaffRow = {
  readonly name: TextCell; // 부서명 (계 for the total row)
  readonly quota: NumCell; // 정원 계
  readonly grade4: NumCell; // 4급이상
  readonly grade5: NumCell; // 5급
  readonly grade6: NumCell; // 6급이하
  readonly current: NumCell; // 현원
  readonly teams?: TextCell; // 계단위 직제명
};
export type Staffing = { readonly table: number; readonly total: StaffRow; readonly rows: ReadonlyArray<StaffRow> };

// ---- T3 예산현황 ---------------------------------------------------------------------
export type BudgetRowKey = '계' | '정책사업' | '행정운영경비' | '인력운영비' | '기본경비' | '재무활동';
export const BUDGET_ROW_KEYS: ReadonlyArray<BudgetRowKey> = [
  '계',
  '정책사업',
  '행정운영경비',
  '인력운영비',
  '기본경비',
  '재무활동',
];
export type BudgetRow = {
  readonly label: TextCell;
  readonly budget: NumCell; // 예산액
  readonly share: NumCell; // 구성비
  readonly prevBudget: NumCell; // 전년도예산액
  readonly prevShare: NumCell; // 구성비 (전년도)
  readonly change: NumCell; // 비교증감
  readonly rate: NumCell; // 증감률
};
export type Budget = {
  readonly table: number;
  readonly rows: Partial<Record<BudgetRowKey, BudgetRow>>;
};

// ---- T4 성과지표별 목표치 설정 -----------------------------------------------------------
export type Indicator = {
  readonly name: TextCell; // e.g. 행정정보시스템 운영도 (%)
  /** The unit in the name's parentheses: %, 건, 명 … ('' when none). */
  readonly unit: string;
  readonly type: TextCell; // 지표 유형: 핵심 | 일반
  readonly weight: NumCell; // 가중치
  /** Full years of the year columns, in column order (2014 …). */
  readonly years: ReadonlyArray<number>;
  readonly targets: ReadonlyArray<NumCell>; // 목표 row, one per year
  readonly actuals: ReadonlyArray<NumCell>; // 실적 row, one per year
  readonly formula?: TextCell; // 측정산식 또는 측정방법
  readonly source?: TextCell; // 자료수집 방법/출처
  /**
   * The indicator's 목표치 설정 근거 from the `성과지표별 목표치 설정 근거` section after its T4: the lines under its
   * name, joined by line breaks, at the first of them. Absent when the workbook states none (one sheet per kind).
   */
  readonly basis?: TextCell;
  /** Row of the 목표 label and of the 실적 label (to report unpaired rows). */
  readonly targetRow: number;
  readonly actualRow: number | null;
};

// ---- T5 관련 예산사업 내역 -----------------------------------------------------------
export type YearColumn = { readonly year: number; readonly kind: '결산' | '예산' | '추경' | '기타'; readonly header: TextCell };
export type DetailProject = {
  readonly name: TextCell;
  readonly amounts: ReadonlyArray<NumCell>; // one per YearColumn
  /** Index into Department.overviews, by name (whitespace removed) then order. */
  readonly overview?: number;
};
export type UnitProject = {
  readonly table: number;
  readonly name: TextCell;
  readonly account?: TextCell; // 회계구분
  readonly columns: ReadonlyArray<YearColumn>;
  readonly totals: ReadonlyArray<NumCell>; // the unit-project row, one per YearColumn
  readonly detailCount: NumCell; // 비고 (세부사업수)
  readonly details: ReadonlyArray<DetailProject>;
  readonly unit?: Unit;
  /**
   * The table has no 단위사업 row: its body starts with the 세부사업 and `name` comes from the `단위사업` heading.
   * `totals` and `detailCount` are then blanks at that heading: never checked as stated, never written.
   */
  readonly noUnitRow?: true;
};

// ---- T6 관련 예산사업 개요 -----------------------------------------------------------
export type Overview = {
  readonly table: number;
  readonly name: TextCell; // 사업명
  readonly content?: TextCell; // 사업내용
  readonly period?: TextCell; // 사업기간
  readonly supportType?: TextCell; // 지원형태
  readonly supportTerms?: TextCell; // 지원조건
  readonly implementer?: TextCell; // 시행주체
};

/** The label rows of a T6 block as the documents write them, in order, with the Overview field each one fills. */
export type OverviewField = 'name' | 'content' | 'period' | 'supportType' | 'supportTerms' | 'implementer';
export const OVERVIEW_LABELS: ReadonlyArray<readonly [string, OverviewField]> = [
  ['사업명', 'name'],
  ['사업내용', 'content'],
  ['사업기간', 'period'],
  ['지원형태', 'supportType'],
  ['지원조건', 'supportTerms'],
  ['시행주체', 'implementer'],
];

// ---- T0 성과계획 총괄표 -------------------------------------------------------------
/** One 실국 row of the 총괄표 (or its 계 row): counts in 개, amounts in the table's money unit. */
export type SummaryRow = {
  readonly name: TextCell; // 실국명 (계 for the total row)
  readonly strategic: NumCell; // 전략목표수
  readonly goals: NumCell; // 정책사업목표 개수
  readonly indicators: NumCell; // 정책사업목표 지표수
  readonly units: NumCell; // 단위사업수
  readonly budget: NumCell; // 예산액
  readonly prevBudget: NumCell; // 전년도예산액
  readonly change: NumCell; // 비교증감
};
export type Summary = {
  readonly table: number;
  readonly total?: SummaryRow;
  readonly rows: ReadonlyArray<SummaryRow>;
  readonly unit?: Unit;
};

export type Department = {
  /** From the 소관실국 line when present, else T2's first department row, else `부서 k`. */
  readonly name: string;
  /** k of `부서 k` when the workbook names the department nowhere (English messages say `department k`). */
  readonly unnamed?: number;
  /** Index into Plan.tables of the department's T1. */
  readonly t1: number;
  readonly goals: ReadonlyArray<Goal>;
  readonly staffing?: Staffing;
  readonly budget?: Budget;
  readonly unitProjects: ReadonlyArray<UnitProject>;
  readonly overviews: ReadonlyArray<Overview>;
  /** False when no goal ↔ 단위사업 split matched: cross-table rules are skipped for this department. */
  readonly linked: boolean;
  /** When several goal ↔ 단위사업 splits fit equally well: some of them (indexes into unitProjects per goal). */
  readonly candidates?: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>;
  /** More splits fit than `candidates` lists. */
  readonly moreCandidates?: true;
  /** The `전략목표` lines of the department's stretch of the document (distinct names), when it has any. */
  readonly strategicGoals?: number;
};

/** The user's choice where the workbook does not decide: the 단위사업 named (spacing ignored) belongs to goal `goal` (1-based). */
export type LinkChoice = { readonly project: string; readonly goal: number };

/** A 성과지표별 목표치 설정 read without its goal (a report table): the goal is named by the table's title. */
export type IndicatorTable = { readonly table: number; readonly name: TextCell; readonly indicators: ReadonlyArray<Indicator> };

/**
 * The tables of the areas perfplan drew its reports into (`Sheet.reports`), each with the relations inside it only:
 * a report holds one kind of table, so relations between tables (T1 ↔ T4, T5, T3) have nothing to compare with.
 */
export type ReportTables = {
  readonly staffing: ReadonlyArray<Staffing>;
  readonly budgets: ReadonlyArray<Budget>;
  readonly indicatorTables: ReadonlyArray<IndicatorTable>;
  readonly unitProjects: ReadonlyArray<UnitProject>;
  readonly overviews: ReadonlyArray<Overview>;
};

// ---- T4M 측정 자료 ------------------------------------------------------------------
/** One row of a 측정 자료 table: one quantity of one indicator, by year. */
export type MeasureRow = {
  /** 지표명 as the row gives it (carried down from the row above under a merged or repeated name). */
  readonly indicator: TextCell;
  /** 항목: the quantity's name as the 측정산식 writes it (`참여자 수`), maybe with its unit (`참여자 수(명)`). */
  readonly item: TextCell;
  /** One per year of the table, in its column order; a blank is a quantity not given (never 0). */
  readonly values: ReadonlyArray<NumCell>;
};
export type MeasureTable = {
  readonly table: number;
  /** Full years of the value columns, in column order. */
  readonly years: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<MeasureRow>;
};

export type Plan = {
  /** Every table found: the plan's own first, then those of report areas (which belong to no department). */
  readonly tables: ReadonlyArray<TableInfo>;
  readonly departments: ReadonlyArray<Department>;
  /** Absent when the workbook holds no marked report area. */
  readonly reports?: ReportTables;
  /** Index in `tables` of the first report-area table (present with `reports`). */
  readonly reportFrom?: number;
  /**
   * The plan's own tables no department uses (no T1 in the workbook, a second 예산현황 beside the department's, a
   * 관련 예산사업 내역 no goal takes …), each checked by its own relations as report areas are. Absent when none.
   */
  readonly lone?: ReportTables;
  /** Indexes into `tables` of the lone tables (those of `lone`, and any that gave nothing to check). */
  readonly loneTables?: ReadonlyArray<number>;
  /** The 성과계획 총괄표 found (in the plan and in report areas); absent when there is none. */
  readonly summaries?: ReadonlyArray<Summary>;
  /** The 측정 자료 tables of the plan (not of report areas), after its 총괄표 in `tables`; absent when there is none. */
  readonly measures?: ReadonlyArray<MeasureTable>;
};
