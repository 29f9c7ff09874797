import { basename } from 'node:path';
import { alignColumns, type DepartmentFacts, type Lang } from '../../engine/edge';
import { realDeps, type Deps } from '../deps';
import { EXIT, type ExitCode } from '../exitCodes';
import { checkText } from '../format';
import { inputFiles } from '../inputFiles';
import type { Io } from '../io';
import { findingJson, runFindingJson, tableJson, type JsonFinding, type JsonTable } from '../json';
import { MANY_HEADER, SUMMARY_ONLY, VERDICT, filesTotal, noWorkbooks, type Verdict } from '../manyMessages';
import { RULE, refuse } from '../printResult';
import { checkInWorkers } from '../workerPool';
import { checkOne, type FileOutcome } from './checkOne';

export type CheckManyArgs = { readonly paths: ReadonlyArray<string>; readonly json: boolean; readonly lang: Lang };

/** The `--json` shape of a many-file check: each file as `check --json` gives it, with what was checked, and totals. */
export type JsonMany = {
  files: Array<{ file: string; tables: JsonTable[]; findings: JsonFinding[]; checked: unknown }>;
  summary: { files: number; clean: number; withErrors: number; unusable: number; errors: number; warnings: number };
};

const verdictOf = (o: FileOutcome): Verdict =>
  !o.ok ? 'unusable' : o.findings.some((f) => f.severity === 'error') ? 'errors' : 'clean';

const countOf = (o: FileOutcome, severity: 'error' | 'warning'): number =>
  o.ok ? o.findings.filter((f) => f.severity === severity).length : 0;

/** A department of another file, its cells named as Excel names a cell of another workbook (`[세무과.xlsx]세무과`). */
function fromFile(facts: DepartmentFacts, file: string): DepartmentFacts {
  const sheet = (name: string) => `[${basename(file)}]${name}`;
  const cell = <T extends { cell: { ref: { sheet: string } } }>(f: T): T => ({
    ...f,
    cell: { ...f.cell, ref: { ...f.cell.ref, sheet: sheet(f.cell.ref.sheet) } },
  });
  return {
    ...facts,
    at: { ...facts.at, sheet: sheet(facts.at.sheet) },
    indicators: facts.indicators.map(cell),
    units: facts.units.map(cell),
    budget: { ...facts.budget, cells: facts.budget.cells.map(cell) },
    ...(facts.prevBudget ? { prevBudget: { ...facts.prevBudget, cell: cell(facts.prevBudget.cell) } } : {}),
  };
}

/**
 * A file holding a 성과계획 총괄표 and no department of its own (the city's front matter) is checked again with the
 * departments of the other files (their facts came back with their outcomes), so its rows are compared with them: only
 * that file is read again, in this thread. A 총괄표 beside departments (one inserted into a department's workbook) is
 * compared with those in its own check.
 */
async function withOtherDepartments(outcomes: FileOutcome[], deps: Deps): Promise<FileOutcome[]> {
  return Promise.all(
    outcomes.map(async (o, i) => {
      if (!o.ok || !o.summary || o.departments.length > 0) return o;
      const others = outcomes.flatMap((x, j) => (j !== i && x.ok ? x.facts.map((f) => fromFile(f, x.file)) : []));
      return others.length > 0 ? checkOne(o.file, deps, others) : o;
    }),
  );
}

function manyJson(outcomes: ReadonlyArray<FileOutcome>, lang: Lang): JsonMany {
  const verdicts = outcomes.map(verdictOf);
  const sum = (severity: 'error' | 'warning') => outcomes.reduce((acc, o) => acc + countOf(o, severity), 0);
  return {
    files: outcomes.map((o) =>
      o.ok
        ? {
            file: o.file,
            tables: o.tables.map(tableJson),
            findings: o.findings.map((f) => findingJson(f, lang)),
            checked: o.checked,
          }
        : { file: o.file, tables: [], findings: [runFindingJson(o.rule, o.problem, lang, o.problem.code)], checked: null },
    ),
    summary: {
      files: outcomes.length,
      clean: verdicts.filter((v) => v === 'clean').length,
      withErrors: verdicts.filter((v) => v === 'errors').length,
      unusable: verdicts.filter((v) => v === 'unusable').length,
      errors: sum('error'),
      warnings: sum('warning'),
    },
  };
}

/** The summary table (one line per file and a total), then each file's findings under its name. */
function manyText(outcomes: ReadonlyArray<FileOutcome>, lang: Lang): string {
  const departments = (o: FileOutcome) =>
    !o.ok ? '' : o.departments.length > 0 ? o.departments.join(', ') : o.summary ? SUMMARY_ONLY[lang] : '';
  const rows = outcomes.map((o) => [
    o.file,
    departments(o),
    String(countOf(o, 'error')),
    String(countOf(o, 'warning')),
    VERDICT[verdictOf(o)][lang],
  ]);
  const verdicts = { clean: 0, errors: 0, unusable: 0 };
  outcomes.forEach((o) => verdicts[verdictOf(o)]++);
  const table = [...alignColumns([MANY_HEADER[lang], ...rows], '  '), filesTotal(outcomes.length, verdicts)[lang]].join('\n');
  const blocks = outcomes.map(
    (o) =>
      `== ${o.file} ==\n${o.ok ? checkText(o.findings, lang, { tables: o.tables, checked: o.checked }) : `${o.problem[lang]}\n`}`,
  );
  return [`${table}\n`, ...blocks].join('\n');
}

/**
 * `perfplan check a.xlsx b.xlsx …` or `perfplan check <folder>`: every file checked in worker threads (one per core),
 * a 총괄표 compared with the departments of the other files, then one summary and each file's findings. Exit 2 when
 * any file is unusable, else 1 when any has an error; a file that fails never stops the others.
 */
export async function checkMany(args: CheckManyArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const files = await inputFiles(args.paths);
  if (files.length === 0) return refuse(io, args, RULE.arguments, noWorkbooks);
  // Threads run the real engine; an engine a test injects runs here, file after file.
  const first =
    deps === realDeps
      ? await checkInWorkers(files)
      : await files.reduce<Promise<FileOutcome[]>>(
          async (acc, file) => [...(await acc), await checkOne(file, deps)],
          Promise.resolve([]),
        );
  const outcomes = await withOtherDepartments(first, deps);
  if (args.json) io.stdout(`${JSON.stringify(manyJson(outcomes, args.lang))}\n`);
  else io.stdout(manyText(outcomes, args.lang));
  const verdicts = outcomes.map(verdictOf);
  return verdicts.includes('unusable') ? EXIT.unusable : verdicts.includes('errors') ? EXIT.errors : EXIT.clean;
}
