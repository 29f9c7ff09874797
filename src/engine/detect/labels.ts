import { parseUnitCaption } from '../grid/units';
import type { TableKind } from '../model/plan';

/**
 * Header labels, titles and section lines, matched on compact text (normalised, every space removed),
 * so `성과 지표수`, `성과지표수` and a label with a line break inside all read the same.
 * Patterns anchor at the start so `예산액` never matches `전년도예산액`.
 */
export const LABEL = {
  // T0 (read on the labels of its lower header rows joined: `정책사업목표` over `개수` reads `정책사업목표개수`)
  division: /^실[·ㆍ.]?국(명)?$/,
  planGroup: /^성과계획$/,
  strategicCount: /^전략목표(수|개수)?$/,
  goalCount: /(개수|정책사업목표수?)$/,
  indicatorTotal: /지표수$/,
  // T1
  goal: /^정책사업목표$/,
  indicatorCount: /^(성과)?지표수/,
  unitCount: /^단위사업수/,
  /** 예산액 of T0, T1 and T3 (`예산액(백만원)`), or a bare 예산. */
  budget: /^예산액|^예산($|\()/,
  prevBudget: /^전년도예산액?/,
  // T2
  department: /^부서명?$/,
  quota: /^정원/,
  total: /^(계|소계|합계|총계)$/,
  grade4: /^4급이상/,
  grade5: /^5급$/,
  grade6: /^6급이하/,
  current: /^현원/,
  teams: /직제/,
  // T3
  category: /^구분$/,
  share: /^구성비/,
  change: /^(비교증감|증감액)/,
  rate: /^증감[률율]/,
  // T4
  indicator: /^성과지표(?!수)/,
  indicatorType: /^지표유형/,
  weight: /^가중치/,
  measure: /측정산식|측정방법/,
  source: /자료수집|출처/,
  target: /^목표/,
  actual: /^실적/,
  // T4M 측정 자료: 지표명 (or 성과지표, 성과지표명), 항목 (the quantity), an optional 단위, then the years
  measureIndicator: /^(성과)?지표(명)?(\(단위\))?$/,
  measureItem: /^(측정|산출|산식)?(항목|요소)(명)?$/,
  unitColumn: /^단위$/,
  // T5 and T6
  project: /^사업명$/,
  account: /^회계구분/,
  detailCount: /세부사업수/,
  content: /^사업내용/,
  period: /^사업기간/,
  supportType: /^지원형태/,
  supportTerms: /^지원조건/,
  implementer: /^시행주체/,
  /** A column for the reader's notes, never data (T5's 비고(세부사업수) is not one). */
  notes: /^[([]?(비고|메모|참고|주석|notes?|memo|remarks?)[)\]]?$/i,
} as const;

export type LabelName = keyof typeof LABEL;

export const is = (name: LabelName, key: string): boolean => LABEL[name].test(key);

/** Each table's title as printed (`< 정책사업목표 현황 >`, `□ 관련 예산사업 내역` …), compact. */
export const TITLE: Readonly<Record<TableKind, RegExp>> = {
  T0: /성과계획총괄/,
  T1: /정책사업목표현황/,
  T2: /조직및인력현황/,
  T3: /예산현황/,
  T4: /성과지표별목표치설정(?!근거)/,
  /** `< 측정 자료 >`, `□ 측정자료`, `지표 산출 자료`, `성과지표 측정자료 (단위: 시간)`: no other words before it. */
  T4M: /^[^가-힣]*(성과지표)?(측정자료|지표산출자료)([^가-힣].*)?$/,
  T5: /관련예산사업내역/,
  T6: /관련예산사업개요/,
};

/** A unit caption: `(단위:개, 백만원)`, `(단위 : 명)`, `단위: 백만원, %`; a bare 단위사업 is none. */
export const isCaption = (text: string): boolean => parseUnitCaption(text) !== undefined;

/** The `[소관실국] 정보홍보실` line naming a department (the name may sit in the next cell). */
export const DEPARTMENT_LINE = /^[([]?소관실국[)\]:]?/;

/** A lone line that opens a new section: it ends any table body above it. */
const SECTION = /^([<〈《□■#]|정책사업목표$|단위사업$|전략목표|[([]?소관실국)/;

export const isSectionLine = (at: { readonly key: string; readonly text: string }): boolean =>
  SECTION.test(at.key) || isCaption(at.text) || Object.values(TITLE).some((t) => t.test(at.key));
