import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine, type CliEngine } from '../../../../src/cli/engine';
import type { JsonFinding } from '../../../../src/cli/json';
import { run } from '../../../../src/cli/main';
import { buildWorkbook } from '../../../fixtures/build';
import { SEED } from '../../../fixtures/seed';
import { sheetsToWorkbook } from '../../../../src/workbook/xlsx/fromSheets';
import { captureIo, depsWith, tempDir } from '../../../cli/fakes';
import { reports, type CaseRun, type RuleCase, type RuleCaseTable } from '../ruleTester';

const dir = tempDir();

/** The seed as an .xlsx file on disk, written once. */
let seedFile: Promise<string> | undefined;
const seed = (): Promise<string> =>
  (seedFile ??= (async () => {
    const path = join(dir, 'seed.xlsx');
    const bytes = await sheetsToWorkbook(buildWorkbook([SEED], 'document').sheets).xlsx.writeBuffer();
    writeFileSync(path, new Uint8Array(bytes as ArrayBuffer));
    return path;
  })());

/** An engine that fails inside, as a bug would: the CLI must still answer with one finding, never a stack. */
const brokenEngine: CliEngine = {
  check: () => {
    throw new Error('boom');
  },
  recompute: () => {
    throw new Error('boom');
  },
};

/** A CLI run in-process with `--json`: its findings, as the rule cases read them. */
function cliCase(what: string, argv: (file: string) => string[], engine?: CliEngine): RuleCase {
  return {
    what,
    layouts: ['document'],
    run: async (): Promise<CaseRun> => {
      const { io, out } = captureIo();
      await run([...argv(await seed()), '--json'], io, depsWith(engine ?? (await loadEngine())));
      const { findings } = JSON.parse(out.stdout) as {
        findings: Array<Pick<JsonFinding, 'rule' | 'messageId' | 'severity' | 'cell'>>;
      };
      return {
        reported: findings.map((f) => ({
          rule: f.rule,
          messageId: f.messageId,
          severity: f.severity,
          cells: f.cell ? [f.cell] : [],
        })),
      };
    },
  };
}

const checkSeed = cliCase('check on the seed', (file) => ['check', file]);

export const RUN_CASES: RuleCaseTable = {
  'file.unusable': {
    valid: [checkSeed],
    invalid: [
      reports(
        'unusable',
        cliCase('a text file named .xlsx', () => {
          const path = join(dir, 'notes.xlsx');
          writeFileSync(path, '구분,예산액\n계,1723\n');
          return ['check', path];
        }),
      ),
    ],
  },
  'cli.arguments': {
    valid: [checkSeed],
    invalid: [
      reports(
        'badArguments',
        cliCase('an unknown option', (file) => ['check', file, '--no-such-option']),
      ),
    ],
  },
  'cli.internal': {
    valid: [checkSeed],
    invalid: [
      reports(
        'internal',
        cliCase('an engine that throws', (file) => ['check', file], brokenEngine),
      ),
    ],
  },
};
