import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '../../engine/findings/finding';
import { unusable } from '../../workbook/xlsx/unusable';
import type { ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { editsText, summaryLine } from '../format';
import type { Io } from '../io';
import { RECOMPUTE } from '../messages';
import { RULE, exitFor, refuse, type Output } from '../report';

export type RecomputeArgs = {
  readonly input: string;
  readonly output?: string;
  readonly dryRun: boolean;
  readonly inPlace: boolean;
  readonly formulas: boolean;
  readonly lang: Lang;
};

/** The same file by its real path (a symlink or `./a.xlsx` names the input too); a path that does not exist yet is itself. */
const realPath = (path: string): Promise<string> => realpath(path).catch(() => resolve(path));
const sameFile = async (a: string, b: string): Promise<boolean> => (await realPath(a)) === (await realPath(b));

/** Why these arguments cannot write safely; undefined when they can. */
async function outputProblem(args: RecomputeArgs): Promise<keyof typeof RECOMPUTE | undefined> {
  if (args.output === undefined) return args.inPlace ? undefined : 'noOutput';
  const same = await sameFile(args.input, args.output);
  if (args.inPlace) return same ? undefined : 'inPlaceElsewhere';
  return same ? 'sameFile' : undefined;
}

/**
 * `perfplan recompute <in> -o <out>`: derived cells recomputed; inputs are never changed. The arguments are checked
 * before the file is read; writing is not wired yet, so only `--dry-run` (the cells that would change) completes.
 */
export async function recompute(args: RecomputeArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const out: Output = { json: false, lang: args.lang };
  const problem = await outputProblem(args);
  if (problem) return refuse(io, out, RULE.arguments, RECOMPUTE[problem]);
  const read = await deps.read(args.input);
  if (!read.ok) return refuse(io, out, RULE.unusable, read.problem);
  if (read.macro && !args.dryRun) return refuse(io, out, RULE.unusable, RECOMPUTE.macro);
  const result = (await deps.engine()).recompute(read.sheets, { formulas: args.formulas });
  if (result.plan.tables.length === 0) return refuse(io, out, RULE.unusable, unusable('noPlanTable'));
  if (!args.dryRun) return refuse(io, out, RULE.arguments, RECOMPUTE.notWritten);
  io.stdout(editsText(result.edits, args.lang) + summaryLine(result.findings, args.lang) + '\n');
  return exitFor(result.findings);
}
