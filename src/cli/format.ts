import {
  type Checked,
  type Finding,
  type Lang,
  type Left,
  type Severity,
  rangeA1,
  refA1,
  type TableInfo,
  type Edit,
  alignColumns,
} from '../engine/edge';
import {
  CHECK_HEADER,
  SEVERITY_LABEL,
  SUMMARY_SEPARATOR,
  UNREAD_LABEL,
  coverage,
  editCount,
  leftCount,
  summary,
  tableCount,
} from './messages';

/** Text reports for a terminal: aligned columns (Hangul takes two), Korean or English. */

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const number = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 4 });
const shown = (v: number | string | null | undefined): string => (typeof v === 'number' ? number(v) : (v ?? ''));

/**
 * The summary line: with `checked`, first the tables found and the relations checked (`표 3개 · 관계 41개 점검 ·
 * 오류 0 · 경고 0 · 반올림 차이 0`), so a clean verdict is read against how much was checked.
 */
export function summaryLine(findings: ReadonlyArray<Finding>, lang: Lang, checked?: Checked): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const infos = findings.filter((f) => f.severity === 'info');
  // A rounding difference is a relation's info with its interval; infos that follow from an error name their cause.
  const effects = infos.filter((f) => f.cause).length;
  const rounding = infos.filter((f) => !f.cause && f.interval).length;
  const counts = summary({
    errors: count('error'),
    warnings: count('warning'),
    rounding,
    effects,
    notes: infos.length - effects - rounding,
  })[lang];
  return checked ? `${coverage(checked)[lang]}${SUMMARY_SEPARATOR}${counts}` : counts;
}

/**
 * Findings grouped by sheet (in order of appearance), errors first, then warnings, then info; a summary line last,
 * counting `counted` (the findings shown, unless the caller shows a part of them, such as only the errors).
 * The message already says the stated value, the expected one and the interval as the document writes them (△4.50).
 */
export function checkText(
  findings: ReadonlyArray<Finding>,
  lang: Lang,
  counted: ReadonlyArray<Finding> = findings,
  checked?: Checked,
): string {
  const sheets = [...new Set(findings.map((f) => f.ref.sheet))];
  const blocks = sheets.map((sheet) => {
    const rows = findings
      .filter((f) => f.ref.sheet === sheet)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ref.row - b.ref.row || a.ref.col - b.ref.col)
      .map((f) => [SEVERITY_LABEL[f.severity][lang], refA1(f.ref), f.rule, f.message[lang]]);
    return [sheet, ...alignColumns([CHECK_HEADER[lang], ...rows], '  ')].join('\n');
  });
  return [...blocks, summaryLine(counted, lang, checked)].join('\n\n') + '\n';
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
