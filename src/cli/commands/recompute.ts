import { mkdir, readFile, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { plural, type Finding, type Lang, type Message, type Plan } from '../../engine/edge';
import { patchXlsx } from '../../workbook/xlsx/patch';
import { unusable } from '../../workbook/xlsx/unusable';
import { writeOutput } from '../../workbook/xlsx/writeFile';
import type { ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { checkText, editsText, summaryLine } from '../format';
import type { Io } from '../io';
import { RECOMPUTE } from '../messages';
import { RULE, exitFor, refuse, type Output } from '../report';

export type RecomputeArgs = {
  readonly input: string;
  readonly output?: string;
  readonly dryRun: boolean;
  readonly inPlace: boolean;
  readonly formulas: boolean;
  /** Also rewrite 가중치 (inputs) so each goal's sum to exactly 100: off unless asked. */
  readonly rebalanceWeights?: boolean;
  readonly lang: Lang;
};

/** What was written where: the reader must know which file now holds the result. */
const changed = (n: number, file: string | undefined): Message =>
  file === undefined
    ? { ko: '바꿀 셀이 없어 입력 파일을 그대로 두었습니다', en: 'Nothing to change: the input file is left as it was' }
    : { ko: `${n}개 셀을 바꿔 ${file}에 썼습니다`, en: `${plural(n, 'cell')} changed, written to ${file}` };
const writeFailed = (path: string, detail: string): Message => ({
  ko: `출력 파일을 쓰지 못했습니다(${path}): ${detail}. 입력 파일은 그대로입니다.`,
  en: `Could not write the output file (${path}): ${detail}. The input file is unchanged.`,
});

/** The same file by its real path (a symlink or `./a.xlsx` names the input too); a path that does not exist yet is itself. */
const realPath = (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
export const sameFile = async (a: string, b: string): Promise<boolean> => (await realPath(a)) === (await realPath(b));

/** Why these arguments cannot write safely; undefined when they can. */
async function outputProblem(args: RecomputeArgs): Promise<keyof typeof RECOMPUTE | undefined> {
  if (args.output === undefined) return args.inPlace || args.dryRun ? undefined : 'noOutput';
  const same = await sameFile(args.input, args.output);
  if (args.inPlace) return same ? undefined : 'inPlaceElsewhere';
  return same ? 'sameFile' : undefined;
}

/**
 * What a written run prints: how many cells changed and the file that holds them, then the check of the output: the
 * errors that remain are input errors recompute cannot fix.
 */
function writtenText(
  count: number,
  file: string | undefined,
  result: { plan: Plan; findings: ReadonlyArray<Finding> },
  lang: Lang,
): string {
  return `${changed(count, file)[lang]}\n${checkText(result.findings, lang, { tables: result.plan.tables })}`;
}

/** Patches the edits into the input's own package (charts and pivots survive) and writes it atomically; a problem as a value. */
async function write(args: RecomputeArgs, edits: Parameters<typeof patchXlsx>[1]): Promise<Message | undefined> {
  const target = args.inPlace ? args.input : args.output!;
  try {
    const patched = await patchXlsx(await readFile(args.input), edits);
    if (!patched.ok) return patched.problem;
    if (!args.inPlace) await mkdir(dirname(resolve(target)), { recursive: true });
    await writeOutput(target, patched.bytes, { inPlace: args.inPlace, input: args.input });
    return undefined;
  } catch (e) {
    return writeFailed(target, e instanceof Error ? e.message : String(e));
  }
}

/**
 * `perfplan recompute <in> -o <out>`: derived cells recomputed and written into a copy of the input (or the input
 * itself with --in-place, keeping `<name>.bak.xlsx`); inputs are never changed. Exit 0 when the output checks
 * clean, 1 when input errors remain, 2 for unusable input, bad arguments or a failed write.
 */
export async function recompute(args: RecomputeArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const out: Output = { json: false, lang: args.lang };
  const problem = await outputProblem(args);
  if (problem) return refuse(io, out, RULE.arguments, RECOMPUTE[problem]);
  const read = await deps.read(args.input);
  if (!read.ok) return refuse(io, out, RULE.unusable, read.problem);
  if (read.macro && !args.dryRun) return refuse(io, out, RULE.unusable, RECOMPUTE.macro);
  const result = (await deps.engine()).recompute(read.sheets, {
    formulas: args.formulas,
    rebalanceWeights: args.rebalanceWeights ?? false,
  });
  if (result.plan.tables.length === 0) return refuse(io, out, RULE.unusable, unusable('noPlanTable'));
  if (args.dryRun) {
    io.stdout(editsText(result.edits, args.lang) + summaryLine(result.findings, args.lang) + '\n');
    return exitFor(result.findings);
  }
  // In place with nothing to change, the input stays as it is, and so does the backup of the run before.
  const failed = args.inPlace && result.edits.length === 0 ? undefined : await write(args, result.edits);
  if (failed) return refuse(io, out, RULE.unusable, failed);
  const written = args.inPlace && result.edits.length === 0 ? undefined : args.inPlace ? args.input : args.output!;
  io.stdout(writtenText(result.edits.length, written, result, args.lang));
  return exitFor(result.findings);
}
