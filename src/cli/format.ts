import {
  type Checked,
  type Finding,
  type Lang,
  type Left,
  rangeA1,
  refA1,
  type TableInfo,
  type Edit,
  alignColumns,
  headline,
  tableHolding,
  tally,
  severityRank,
} from '../engine/edge';
import {
  CHECK_HEADER,
  DEPARTMENT_LABEL,
  SEVERITY_LABEL,
  SUMMARY_SEPARATOR,
  UNREAD_LABEL,
  coverage,
  editCount,
  leftCount,
  notesHidden,
  summary,
  tableCount,
} from './messages';

/** Text reports for a terminal: aligned columns (Hangul takes two), Korean or English. */

const number = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 4 });
const shown = (v: number | string | null | undefined): string => (typeof v === 'number' ? number(v) : (v ?? ''));

/**
 * The summary line: with `checked`, first the tables found and the relations checked (`표 3개 · 관계 41개 점검 ·
 * 오류 0 · 경고 0 · 반올림 차이 0`), so a clean verdict is read against how much was checked.
 */
export function summaryLine(findings: ReadonlyArray<Finding>, lang: Lang, checked?: Checked): string {
  const counts = summary(tally(findings))[lang];
  return checked ? `${coverage(checked)[lang]}${SUMMARY_SEPARATOR}${counts}` : counts;
}

export type CheckTextOptions = {
  /** The tables found: each finding line names its department when they belong to more than one. */
  readonly tables?: ReadonlyArray<TableInfo>;
  /** What was checked, for the headline; the tables found when the engine does not say. */
  readonly checked?: Checked;
  /** `--all`: the notes (rounding differences and other infos) too, not only errors and warnings. */
  readonly all?: boolean;
};

/** The departments of the tables, when there is more than one: a finding line must then say whose cell it is. */
const departmentsOf = (tables: ReadonlyArray<TableInfo>): boolean =>
  new Set(tables.map((t) => t.department).filter((d) => d !== undefined)).size > 1;

/**
 * The verdict first (`문제 없음 — 표 20개 점검 (반올림 차이 18건은 정상)` or `오류 3 · 경고 1`), then the findings to act
 * on grouped by sheet (in order of appearance), errors first, each line with its department in a multi-department
 * workbook; the notes only with `all`, else one line saying how to see them; last the summary line with how much was
 * checked. The message already says the stated value, the computed one and the interval as the document writes them.
 */
export function checkText(findings: ReadonlyArray<Finding>, lang: Lang, options: CheckTextOptions = {}): string {
  const tables = options.tables ?? [];
  const shown = options.all ? findings : findings.filter((f) => f.severity !== 'info');
  const withDepartment = departmentsOf(tables);
  const sheets = [...new Set(shown.map((f) => f.ref.sheet))];
  const blocks = sheets.map((sheet) => {
    const rows = shown
      .filter((f) => f.ref.sheet === sheet)
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.ref.row - b.ref.row || a.ref.col - b.ref.col)
      .map((f) => [
        SEVERITY_LABEL[f.severity][lang],
        ...(withDepartment ? [tableHolding(tables, f.ref)?.department ?? ''] : []),
        refA1(f.ref),
        f.rule,
        f.message[lang],
      ]);
    const header = withDepartment
      ? [CHECK_HEADER[lang][0], DEPARTMENT_LABEL[lang], ...CHECK_HEADER[lang].slice(1)]
      : CHECK_HEADER[lang];
    return [sheet, ...alignColumns([header, ...rows], '  ')].join('\n');
  });
  const head = headline(findings, options.checked ?? { tables: tables.length }).message[lang];
  const hidden = findings.length - shown.length;
  const hint = hidden > 0 ? [notesHidden(tally(findings))[lang]] : [];
  return [[head, ...hint].join('\n'), ...blocks, summaryLine(findings, lang, options.checked)].join('\n\n') + '\n';
}

/** One line per table (kind, sheet, range, department, goal, project), each followed by its unread cells and why. */
export function tablesText(tables: ReadonlyArray<TableInfo>, lang: Lang): string {
  const lines = alignColumns(
    tables.map((t) => [t.kind, t.sheet, rangeA1(t.range), t.department ?? '', t.goal ?? '', t.project ?? '']),
  );
  const withUnread = tables.flatMap((t, i) => [
    lines[i],
    ...alignColumns(
      t.unread.map((u) => [UNREAD_LABEL[lang], refA1(u.ref), u[lang]]),
      '    ',
    ),
  ]);
  return [...withUnread, tableCount(tables.length)[lang]].join('\n') + '\n';
}

/** What a recompute would write, one aligned line per cell. */
export function editsText(edits: ReadonlyArray<Edit>, lang: Lang): string {
  const rows = edits.map((e) => [e.ref.sheet, refA1(e.ref), e.formula ? `=${e.formula}` : shown(e.value), e.reason[lang]]);
  return [...alignColumns(rows), editCount(edits.length)[lang]].join('\n') + '\n';
}

/** The derived cells recompute left because their figure depends on a choice the workbook does not make, and why. */
export function leftText(left: ReadonlyArray<Left>, lang: Lang): string {
  if (left.length === 0) return '';
  const rows = left.map((l) => [l.ref.sheet, refA1(l.ref), l.reason[lang]]);
  return [...alignColumns(rows), leftCount(left.length)[lang]].join('\n') + '\n';
}
