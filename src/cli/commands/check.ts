import { type Finding, type Lang, type Plan } from '../../engine/edge';
import type { ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { checkText } from '../format';
import type { Io } from '../io';
import { RULE, exitFor, refuse, writeResult, type Output } from '../printResult';
import { outputRefusal } from '../outputTarget';
import { checkFile } from './checkFile';
import { sameFile } from './recompute';
import { REPORT_OUTPUT, reportWritten, writeReportSheet } from './reportOutput';

export type CheckArgs = {
  readonly file: string;
  readonly json: boolean;
  readonly lang: Lang;
  /** `--report <out.xlsx>`: also write a copy of the input with a 점검 결과 sheet, each finding linked to its cell. */
  readonly report?: string;
  /** `--all`: the notes (rounding differences …) in the text output too; `--json` always has every finding. */
  readonly all?: boolean;
};

/** The 점검 결과 sheet on a copy of the input; a line for the reader (stderr under --json), or exit 2 when it fails. */
async function writeFindingsSheet(args: CheckArgs, plan: Plan, findings: Finding[], io: Io): Promise<ExitCode | undefined> {
  const { REPORT_NAMES, buildReport } = await import('../../engine');
  const tables = buildReport(plan, 'findings', { findings, lang: args.lang });
  const written = await writeReportSheet(args.file, args.report!, REPORT_NAMES.findings[args.lang], tables);
  if ('problem' in written) return refuse(io, args, RULE.unusable, written.problem);
  (args.json ? io.stderr : io.stdout)(`${reportWritten(written.sheet, tables.length, args.report!)[args.lang]}\n`);
  return undefined;
}

/**
 * What the engine says it checked, once its result carries `checked` (tables and relations judged); until then the
 * tables found, and the headline leaves the relations out.
 */
/** `perfplan check <file>`: every finding, as text grouped by sheet or as the contract's JSON; `--report` adds the sheet. */
export async function check(args: CheckArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const out: Output = args;
  if (args.report !== undefined) {
    const problem = (await sameFile(args.file, args.report)) ? REPORT_OUTPUT.sameFile : await outputRefusal(args.report);
    if (problem) return refuse(io, out, RULE.arguments, problem);
  }
  const checked = await checkFile(args.file, io, out, deps);
  if (typeof checked === 'number') return checked;
  if (args.report !== undefined) {
    const failed = await writeFindingsSheet(args, checked.plan, checked.findings, io);
    if (failed !== undefined) return failed;
  }
  if (args.json) writeResult(io, out, checked.plan.tables, checked.findings, checked.checked);
  else
    io.stdout(checkText(checked.findings, args.lang, { tables: checked.plan.tables, checked: checked.checked, all: !!args.all }));
  return exitFor(checked.findings);
}
