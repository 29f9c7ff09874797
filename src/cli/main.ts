#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { isMainThread, workerData } from 'node:worker_threads';
import type { Lang } from '../engine/edge';
import { check } from './commands/check';
import { checkMany } from './commands/checkMany';
import { isFolder } from './inputFiles';
import { CHECK_WORKER } from './workerPool';
import { reportNeedsOneFile, reportNeedsOneInput } from './manyMessages';
import { reportSummary } from './commands/reportSummary';
import { recompute } from './commands/recompute';
import { report } from './commands/report';
import { tables } from './commands/tables';
import { realDeps, type Deps } from './deps';
import { EXIT, type ExitCode } from './exitCodes';
import { LANGS, type Io } from './io';
import { badArguments, internalError } from './messages';
import { RULE, refuse, type Output } from './printResult';
import { packageVersion } from './version';

const HELP_AFTER = `
종료 코드 / Exit codes:
  0  오류 없음 / no error finding
  1  오류가 하나 이상 / at least one error finding
  2  읽을 수 없는 파일이나 잘못된 인수 / unusable input or bad arguments

예 / Examples:
  perfplan tables 성과계획서.xlsx
  perfplan check 성과계획서.xlsx --json
  perfplan check 실국별/ 총괄표.xlsx
  perfplan recompute 성과계획서.xlsx -o 재계산.xlsx --dry-run
  perfplan recompute 성과계획서.xlsx -o 재계산.xlsx --link "구정홍보 활동 강화=2"
  perfplan report 성과계획서.xlsx --table t3 -o 예산현황.xlsx`;

const langOption = () => new Option('--lang <lang>', '메시지 언어 / message language').choices(LANGS).default('ko');
const jsonOption = '--json';
const jsonHelp = 'JSON 하나만 표준 출력에 / print one JSON object on stdout';

/** What the run's own failures (bad arguments, internal errors) are reported in, read from the raw arguments. */
const outputOf = (argv: ReadonlyArray<string>): Output => {
  const at = argv.indexOf('--lang');
  const lang = argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'ko';
  return { json: argv.includes(jsonOption), lang };
};

function program(io: Io, deps: Deps, done: (code: ExitCode) => void): Command {
  const cli = new Command('perfplan')
    .description('성과계획서 표 점검·재계산 / check and recompute the tables of a performance plan (성과계획서)')
    .version(packageVersion(), '-V, --version', '버전 / show the version')
    .helpOption('-h, --help', '도움말 / show help')
    .helpCommand('help [command]', '명령 도움말 / help for a command')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  cli
    .command('tables')
    .description('찾은 표 목록 / list the tables found')
    .argument('<file>', '.xlsx 파일 / the .xlsx file')
    .option(jsonOption, jsonHelp)
    .addOption(langOption())
    .action(async (file: string, o: { json?: boolean; lang: Lang }) =>
      done(await tables({ file, json: !!o.json, lang: o.lang }, io, deps)),
    );

  cli
    .command('check')
    .description('표 점검 / check the tables')
    .argument('<files...>', '.xlsx 파일(여러 개) 또는 폴더 / .xlsx files, or a folder of them')
    .option(jsonOption, jsonHelp)
    .option('--report <out>', '점검 결과 시트를 더한 사본 (파일 하나) / also write a copy with a 점검 결과 sheet (one file)')
    .option('--all', '반올림 차이 등 참고도 모두 / also list the notes (rounding differences …)')
    .addOption(langOption())
    .action(async (files: string[], o: { json?: boolean; report?: string; all?: boolean; lang: Lang }) => {
      const out = { json: !!o.json, lang: o.lang };
      // One file keeps the single-file output; several files or a folder get the summary table.
      if (files.length === 1 && !(await isFolder(files[0])))
        return done(
          await check(
            { file: files[0], ...out, all: !!o.all, ...(o.report !== undefined ? { report: o.report } : {}) },
            io,
            deps,
          ),
        );
      if (o.report !== undefined) return done(refuse(io, out, RULE.arguments, reportNeedsOneFile));
      done(await checkMany({ paths: files, ...out }, io, deps));
    });

  cli
    .command('recompute')
    .description('파생 셀 재계산 / recompute the derived cells')
    .argument('<in>', '입력 .xlsx 파일 / the input .xlsx file')
    .option('-o, --output <out>', '출력 파일 / the output file')
    .option('--dry-run', '쓰지 않고 바뀔 셀만 / only list the cells that would change')
    .option('--in-place', '입력 파일을 바꿈 / replace the input file')
    .option('--formulas', '값 대신 수식 / write live formulas instead of values')
    .option('--rebalance-weights', "가중치 합계를 100으로 조정 / rebalance each goal's weights to sum to 100")
    .option(
      '--link <단위사업=목표>',
      '단위사업을 n번째 정책사업목표에 연결(여러 번 가능) / link a unit project to the n-th goal where the figures allow several splits (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .addOption(langOption())
    .action(
      async (
        input: string,
        o: {
          output?: string;
          dryRun?: boolean;
          inPlace?: boolean;
          formulas?: boolean;
          rebalanceWeights?: boolean;
          link: string[];
          lang: Lang;
        },
      ) =>
        done(
          await recompute(
            {
              input,
              output: o.output,
              dryRun: !!o.dryRun,
              inPlace: !!o.inPlace,
              formulas: !!o.formulas,
              rebalanceWeights: !!o.rebalanceWeights,
              links: o.link,
              lang: o.lang,
            },
            io,
            deps,
          ),
        ),
    );

  cli
    .command('report')
    .description('표준 표 만들기 / build a standard table on a new sheet')
    .argument('[files...]', '.xlsx 파일 (summary: 여러 파일 또는 폴더) / the .xlsx file (summary: files or a folder)')
    .option('--table <id>', '표 (--list 참고) / the table (see --list)')
    .option('--department <name>', '부서 / only this department')
    .option('--goal <n>', 'n번째 정책사업목표 / only the n-th policy objective')
    .option('--project <name>', '단위사업 또는 세부사업 / only this unit or detailed project')
    .option('--order <names.txt>', 'summary의 행 순서 (부서명, 한 줄에 하나) / summary row order (one department a line)')
    .option('-o, --output <out>', '출력 파일 / the output file')
    .option('--list', '표 목록 / list the tables')
    .addOption(langOption())
    .action(
      async (
        files: string[],
        o: {
          table?: string;
          department?: string;
          goal?: string;
          project?: string;
          order?: string;
          output?: string;
          list?: boolean;
          lang: Lang;
        },
      ) => {
        const { order, ...rest } = o;
        // A 총괄표 of several files (or a folder) goes to a new workbook; one file gets a sheet on its copy, as every table.
        const many = files.length > 1 || (files.length === 1 && (await isFolder(files[0])));
        if (many && !o.list && o.table?.trim().toLowerCase() === 'summary' && o.output !== undefined)
          return done(
            await reportSummary({ paths: files, output: o.output, lang: o.lang, ...(order ? { order } : {}) }, io, deps),
          );
        if (files.length > 1) return done(refuse(io, { json: false, lang: o.lang }, RULE.arguments, reportNeedsOneInput));
        done(await report({ ...rest, file: files[0], list: !!o.list }, io, deps));
      },
    );
  return cli;
}

/** The whole CLI in-process: never throws, never exits; the caller sets process.exitCode. */
export async function run(argv: ReadonlyArray<string>, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const out = outputOf(argv);
  let code: ExitCode = EXIT.clean;
  try {
    await program(io, deps, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT.clean; // --help, --version
      if (e.code === 'commander.help' && !out.json) return EXIT.unusable; // no command: the help went to stderr
      return refuse(io, out, RULE.arguments, badArguments(e.message.replace(/^error: /, ''), e.code));
    }
    return refuse(io, out, RULE.internal, internalError(e instanceof Error ? e.message : String(e)));
  }
}

if (require.main === module && !isMainThread && workerData === CHECK_WORKER) {
  void import('./checkWorker');
} else if (require.main === module) {
  const io: Io = { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) };
  // Set the exit code and let Node drain piped stdout: process.exit() here could cut long JSON.
  void run(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}
