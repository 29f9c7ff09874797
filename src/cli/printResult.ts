import { type Checked, type Finding, type Lang, type RunRuleId, type TableInfo } from '../engine/edge';
import type { Unusable } from '../workbook/xlsx/unusable';
import { EXIT, type ExitCode } from './exitCodes';
import type { Io } from './io';
import { findingJson, jsonLine, runFindingJson, tableJson } from './json';

/** How every command ends: the exit code from the findings, and the output form the arguments asked for. */
export type Output = { readonly json: boolean; readonly lang: Lang };

export const exitFor = (findings: ReadonlyArray<Finding>): ExitCode =>
  findings.some((f) => f.severity === 'error') ? EXIT.errors : EXIT.clean;

/** The one JSON object of `--json`: the tables found, the findings, and how much was checked. */
export function writeResult(
  io: Io,
  out: Output,
  tables: ReadonlyArray<TableInfo>,
  findings: ReadonlyArray<Finding>,
  checked?: Checked,
): void {
  io.stdout(
    jsonLine({
      tables: tables.map(tableJson),
      findings: findings.map((f) => findingJson(f, out.lang)),
      ...(checked ? { checked: { tables: checked.tables, relations: checked.relations } } : {}),
    }),
  );
}

/** Exit 2 for the whole run: with --json still one JSON object on stdout, else one line on stderr. */
export function refuse(io: Io, out: Output, rule: RunRuleId, problem: Unusable | Omit<Unusable, 'code'>): ExitCode {
  const code = 'code' in problem ? problem.code : undefined;
  if (out.json) io.stdout(jsonLine({ tables: [], findings: [runFindingJson(rule, problem, out.lang, code)] }));
  else io.stderr(`${problem[out.lang]}\n`);
  return EXIT.unusable;
}

export const RULE = { unusable: 'file.unusable', arguments: 'cli.arguments', internal: 'cli.internal' } as const satisfies Record<
  string,
  RunRuleId
>;
