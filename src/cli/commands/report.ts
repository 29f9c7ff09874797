import { type Lang, type Message, alignColumns } from '../../engine/edge';
import { REPORT_NAMES, reportId, reportIds } from '../../engine';
import { unusable } from '../../workbook/xlsx/unusable';
import { EXIT, type ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { summaryLine } from '../format';
import type { Io } from '../io';
import { RECOMPUTE } from '../messages';
import { outputRefusal } from '../outputTarget';
import { RULE, exitFor, refuse, type Output } from '../printResult';
import { sameFile } from './recompute';
import { REPORT_OUTPUT, reportWritten, writeReportSheet } from './reportOutput';

export type ReportArgs = {
  readonly file?: string;
  readonly table?: string;
  readonly department?: string;
  readonly goal?: string;
  readonly project?: string;
  readonly output?: string;
  readonly list: boolean;
  readonly lang: Lang;
};

const idList = reportIds.join(', ');

export const REPORT_ARGS: Record<'noFile' | 'noTable' | 'noOutput' | 'badGoal', Message> = {
  noFile: {
    ko: '입력 .xlsx 파일을 지정하세요(표 목록은 --list).',
    en: 'Name the input .xlsx file (or use --list for the tables).',
  },
  noTable: { ko: `--table로 표를 지정하세요: ${idList}`, en: `Name the table with --table: ${idList}` },
  noOutput: { ko: '출력 파일을 -o로 지정하세요.', en: 'Name the output file with -o.' },
  badGoal: {
    ko: '--goal은 1 이상의 정수입니다(정책사업목표 순서).',
    en: "--goal is a whole number from 1 (the objective's position).",
  },
};

const unknownTable = (id: string): Message => ({
  ko: `알 수 없는 표 '${id}': ${idList}`,
  en: `Unknown table '${id}': ${idList}`,
});
const nothingMatches = (id: string): Message => ({
  ko: `조건에 맞는 '${REPORT_NAMES[reportId(id)!].ko}' 표가 없습니다(--department, --goal, --project 확인).`,
  en: `No '${REPORT_NAMES[reportId(id)!].en}' table matches (check --department, --goal, --project).`,
});

/** `perfplan report --list`: every report id with its name. */
export const reportList = (lang: Lang): string =>
  alignColumns(reportIds.map((id) => [id, REPORT_NAMES[id][lang]])).join('\n') + '\n';

/** Why the arguments cannot make a report; undefined when they can. */
async function argumentProblem(args: ReportArgs): Promise<Message | undefined> {
  if (args.file === undefined) return REPORT_ARGS.noFile;
  if (args.table === undefined) return REPORT_ARGS.noTable;
  if (!reportId(args.table)) return unknownTable(args.table);
  if (args.goal !== undefined && !/^[1-9][0-9]*$/.test(args.goal.trim())) return REPORT_ARGS.badGoal;
  if (args.output === undefined) return REPORT_ARGS.noOutput;
  return (await sameFile(args.file, args.output)) ? REPORT_OUTPUT.sameFile : outputRefusal(args.output);
}

/**
 * `perfplan report <file> --table <id> -o <out>`: the standard or derived table, built from the plan with its derived
 * cells recomputed, on a new sheet of a copy of the input. Exit 0 when the plan has no error left, 1 when input
 * errors remain (the report is written all the same), 2 for unusable input, bad arguments or a failed write.
 */
export async function report(args: ReportArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const out: Output = { json: false, lang: args.lang };
  if (args.list) {
    io.stdout(reportList(args.lang));
    return EXIT.clean;
  }
  const problem = await argumentProblem(args);
  if (problem) return refuse(io, out, RULE.arguments, problem);
  const read = await deps.read(args.file!);
  if (!read.ok) return refuse(io, out, RULE.unusable, read.problem);
  if (read.macro) return refuse(io, out, RULE.unusable, RECOMPUTE.macro);
  const reports = await import('../../engine');
  const { plan, sheets, findings } = reports.regenerate(read.sheets);
  if (plan.tables.length === 0) return refuse(io, out, RULE.unusable, unusable('noPlanTable'));
  const id = reportId(args.table!)!;
  const options = { department: args.department, project: args.project, lang: args.lang, sheets, findings };
  const tables = reports.buildReport(plan, id, args.goal === undefined ? options : { ...options, goal: Number(args.goal) });
  if (tables.length === 0) return refuse(io, out, RULE.arguments, nothingMatches(id));
  const written = await writeReportSheet(args.file!, args.output!, REPORT_NAMES[id][args.lang], tables);
  if ('problem' in written) return refuse(io, out, RULE.unusable, written.problem);
  io.stdout(`${reportWritten(written.sheet, tables.length, args.output!)[args.lang]}\n${summaryLine(findings, args.lang)}\n`);
  return exitFor(findings);
}
