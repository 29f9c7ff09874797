import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DepartmentFacts, Finding, Lang, Message } from '../../engine/edge';
import { writeOutput } from '../../workbook/xlsx/writeFile';
import { realDeps, type Deps } from '../deps';
import type { ExitCode } from '../exitCodes';
import { summaryLine } from '../format';
import { inputFiles } from '../inputFiles';
import type { Io } from '../io';
import { noWorkbooks } from '../manyMessages';
import { RULE, exitFor, refuse, type Output } from '../printResult';
import { sameFile } from './recompute';
import { REPORT_OUTPUT, reportWritten } from './reportOutput';

export type ReportSummaryArgs = {
  readonly paths: ReadonlyArray<string>;
  readonly output: string;
  /** A text file naming the departments in the order the rows take, one a line. */
  readonly order?: string;
  readonly lang: Lang;
};

const noDepartments: Message = {
  ko: '부서의 표(정책사업목표 현황)가 든 파일이 없어 성과계획 총괄표를 만들 수 없습니다.',
  en: 'No file holds a department’s tables (정책사업목표 현황): there is nothing to build the plan summary from.',
};

const inFile = (file: string, problem: Message & { code?: string }) => ({
  ...problem,
  ko: `${file}: ${problem.ko}`,
  en: `${file}: ${problem.en}`,
});

const noOrder = (path: string): Message => ({
  ko: `--order 파일을 읽을 수 없습니다: ${path}`,
  en: `Cannot read the --order file: ${path}`,
});

/** The names of an --order file, one a line; undefined when it cannot be read. */
async function orderOf(path: string): Promise<string[] | undefined> {
  try {
    return (await readFile(path, 'utf8')).split(/\r?\n/).map((l) => l.trim());
  } catch {
    return undefined;
  }
}

const compact = (name: string): string => name.replace(/\s+/g, '');

/** Departments in the order the list names them (spacing aside); those it does not name follow in file order. */
function ordered(facts: ReadonlyArray<DepartmentFacts>, names: ReadonlyArray<string>): DepartmentFacts[] {
  const at = new Map(names.map((n, i) => [compact(n), i] as const));
  const rank = (f: DepartmentFacts) => at.get(compact(f.name)) ?? names.length;
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * `perfplan report --table summary -o 총괄.xlsx <files or folder>`: the 성과계획 총괄표 of the departments of every file
 * (each regenerated first, so blank derived figures are filled and stated ones kept where consistent), one row per
 * department in file order or `--order`, on a new workbook. Exit 0 when no input error remains, 1 when some do (the
 * table is written all the same), 2 for an unusable file or bad arguments.
 */
export async function reportSummary(args: ReportSummaryArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const out: Output = { json: false, lang: args.lang };
  const files = await inputFiles(args.paths);
  if (files.length === 0) return refuse(io, out, RULE.arguments, noWorkbooks);
  for (const file of files) if (await sameFile(file, args.output)) return refuse(io, out, RULE.arguments, REPORT_OUTPUT.sameFile);
  const engine = await import('../../engine');
  const facts: DepartmentFacts[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const read = await deps.read(file);
    if (!read.ok) return refuse(io, out, RULE.unusable, inFile(file, read.problem));
    const regenerated = engine.regenerate(read.sheets);
    facts.push(...engine.departmentFacts(regenerated.plan));
    findings.push(...regenerated.findings);
  }
  const names = args.order === undefined ? [] : await orderOf(args.order);
  if (names === undefined) return refuse(io, out, RULE.arguments, noOrder(args.order!));
  const table = engine.summaryTable(ordered(facts, names.filter(Boolean)));
  if (!table) return refuse(io, out, RULE.unusable, noDepartments);
  const sheet = engine.REPORT_NAMES.summary[args.lang];
  await mkdir(dirname(resolve(args.output)), { recursive: true });
  // exceljs is loaded only when a report is written: every other command starts without it.
  const { newReportBook } = await import('../../workbook/xlsx/newReportBook');
  await writeOutput(args.output, await newReportBook(sheet, [table]), { inPlace: false, input: files[0] });
  io.stdout(`${reportWritten(sheet, 1, args.output)[args.lang]}\n${summaryLine(findings, args.lang)}\n`);
  return exitFor(findings);
}
