import { mkdir, readFile, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  compactText,
  plural,
  type Checked,
  type Finding,
  type Lang,
  type LinkChoice,
  type Message,
  type Plan,
} from '../../engine/edge';
import { patchXlsx } from '../../workbook/xlsx/patch';
import { unusable } from '../../workbook/xlsx/unusable';
import { writeOutput } from '../../workbook/xlsx/writeFile';
import type { ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { checkText, editsText, leftText, summaryLine } from '../format';
import type { Io } from '../io';
import { RECOMPUTE, badLink, unknownLink } from '../messages';
import { outputRefusal } from '../outputTarget';
import { RULE, exitFor, refuse, type Output } from '../printResult';

export type RecomputeArgs = {
  readonly input: string;
  readonly output?: string;
  readonly dryRun: boolean;
  readonly inPlace: boolean;
  readonly formulas: boolean;
  /** Also rewrite 가중치 (inputs) so each goal's sum to exactly 100: off unless asked. */
  readonly rebalanceWeights?: boolean;
  /** `--link "<단위사업>=<목표 번호>"`, repeatable: the user's choice where several goal ↔ 단위사업 splits fit. */
  readonly links?: ReadonlyArray<string>;
  readonly lang: Lang;
};

/** `구정홍보 활동 강화=2` → the choice; the name may itself hold `=`, the goal is after the last one. */
export function parseLink(text: string): LinkChoice | undefined {
  const at = text.lastIndexOf('=');
  const project = text.slice(0, at).trim();
  const goal = text.slice(at + 1).trim();
  if (at < 0 || project === '' || !/^[1-9][0-9]*$/.test(goal)) return undefined;
  return { project, goal: Number(goal) };
}

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
async function outputProblem(args: RecomputeArgs): Promise<Message | undefined> {
  if (args.output === undefined) {
    if (args.dryRun) return undefined;
    return args.inPlace ? outputRefusal(args.input) : RECOMPUTE.noOutput;
  }
  const same = await sameFile(args.input, args.output);
  if (args.inPlace) return same ? outputRefusal(args.input) : RECOMPUTE.inPlaceElsewhere;
  if (same) return RECOMPUTE.sameFile;
  return args.dryRun ? undefined : outputRefusal(args.output);
}

/** The first `--link` that names no 단위사업 of the plan: a typo there would otherwise choose nothing, silently. */
function unknownProject(plan: Plan, links: ReadonlyArray<{ text: string; link?: LinkChoice }>): string | undefined {
  const names = new Set(plan.departments.flatMap((d) => d.unitProjects.map((u) => compactText(u.name.text))));
  return links.find((l) => !names.has(compactText(l.link!.project)))?.text;
}

/**
 * What a written run prints: how many cells changed and the file that holds them, then the check of the output: the
 * errors that remain are input errors recompute cannot fix.
 */
function writtenText(
  count: number,
  file: string | undefined,
  result: { plan: Plan; findings: ReadonlyArray<Finding>; checked: Checked },
  lang: Lang,
): string {
  return `${changed(count, file)[lang]}\n${checkText(result.findings, lang, { tables: result.plan.tables, checked: result.checked })}`;
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
  if (problem) return refuse(io, out, RULE.arguments, problem);
  const links = (args.links ?? []).map((text) => ({ text, link: parseLink(text) }));
  const unread = links.find((l) => !l.link);
  if (unread) return refuse(io, out, RULE.arguments, badLink(unread.text));
  const read = await deps.read(args.input);
  if (!read.ok) return refuse(io, out, RULE.unusable, read.problem);
  if (read.macro && !args.dryRun) return refuse(io, out, RULE.unusable, RECOMPUTE.macro);
  const result = (await deps.engine()).recompute(read.sheets, {
    formulas: args.formulas,
    rebalanceWeights: args.rebalanceWeights ?? false,
    links: links.map((l) => l.link!),
  });
  if (result.plan.tables.length === 0) return refuse(io, out, RULE.unusable, unusable('noPlanTable'));
  const unknown = unknownProject(result.plan, links);
  if (unknown !== undefined) return refuse(io, out, RULE.arguments, unknownLink(unknown));
  if (args.dryRun) {
    io.stdout(
      editsText(result.edits, args.lang) +
        leftText(result.left, args.lang) +
        summaryLine(result.findings, args.lang, result.checked) +
        '\n',
    );
    return exitFor(result.findings);
  }
  // In place with nothing to change, the input stays as it is, and so does the backup of the run before.
  const failed = args.inPlace && result.edits.length === 0 ? undefined : await write(args, result.edits);
  if (failed) return refuse(io, out, RULE.unusable, failed);
  const written = args.inPlace && result.edits.length === 0 ? undefined : args.inPlace ? args.input : args.output!;
  io.stdout(leftText(result.left, args.lang) + writtenText(result.edits.length, written, result, args.lang));
  return exitFor(result.findings);
}
