import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { run } from '../../src/cli/main';
import { unusable } from '../../src/workbook/xlsx/unusable';
import { randomBytes, unusableInputs } from '../workbook/xlsx/unusableInputs';
import { T3, captureIo, depsWith, fakeEngine, finding, tempDir, workbookFile } from './fakes';

const dir = tempDir();
const cleanEngine = fakeEngine([T3], [finding('info', '예산현황', 6, 3)]);
const errorEngine = fakeEngine([T3], [finding('error', '예산현황', 6, 3), finding('warning', '예산현황', 7, 3)]);

async function runWith(argv: string[], engine = cleanEngine) {
  const { io, out } = captureIo();
  const code = await run(argv, io, depsWith(engine));
  return { code, ...out };
}

/** --json purity: stdout is exactly one JSON object (and its newline). */
function onlyJson(stdout: string) {
  expect(stdout.endsWith('}\n')).toBe(true);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout);
}

describe('perfplan: unusable input', () => {
  it('gives each kind its message and exit 2, as text on stderr and as JSON on stdout', async () => {
    for (const input of await unusableInputs()) {
      const file = join(dir, `${input.code}-${input.name.replace(/\W+/g, '_')}.xlsx`);
      writeFileSync(file, input.bytes);
      const problem = unusable(input.code);

      const text = await runWith(['check', file]);
      expect({ input: input.name, code: text.code, stdout: text.stdout, stderr: text.stderr }).toEqual({
        input: input.name,
        code: EXIT.unusable,
        stdout: '',
        stderr: `${problem.ko}\n`,
      });

      const json = await runWith(['tables', file, '--json']);
      expect(json.code).toBe(EXIT.unusable);
      expect(onlyJson(json.stdout)).toEqual({
        tables: [],
        findings: [
          {
            severity: 'error',
            rule: 'file.unusable',
            messageId: 'unusable',
            sheet: null,
            cell: null,
            cells: [],
            message: problem.ko,
            stated: null,
            expected: null,
            interval: null,
            code: input.code,
          },
        ],
      });
    }
  });

  it('reports a missing file and a workbook without any plan table', async () => {
    const missing = await runWith(['check', join(dir, '없는 파일.xlsx'), '--lang', 'en']);
    expect([missing.code, missing.stderr]).toEqual([EXIT.unusable, `${unusable('notFound').en}\n`]);
    const noTable = await runWith(['check', await workbookFile(dir), '--json'], fakeEngine([]));
    expect(noTable.code).toBe(EXIT.unusable);
    expect(onlyJson(noTable.stdout).findings[0]).toMatchObject({
      rule: 'file.unusable',
      messageId: 'unusable',
      code: 'noPlanTable',
      message: unusable('noPlanTable').ko,
    });
  });
});

describe('perfplan check', () => {
  it.each([
    ['only rounding differences', cleanEngine, EXIT.clean],
    ['an error', errorEngine, EXIT.errors],
    ['only a warning', fakeEngine([T3], [finding('warning', '예산현황', 7, 3)]), EXIT.clean],
  ])('exits by the findings: %s', async (_name, engine, expected) => {
    expect((await runWith(['check', await workbookFile(dir)], engine)).code).toBe(expected);
  });

  it('--json prints the contract shape and nothing else', async () => {
    const cross = finding('error', '예산현황', 6, 3, {
      cells: [finding('error', '예산현황', 6, 3).ref, finding('error', '정책 목표', 9, 4).ref],
    });
    const result = await runWith(['check', await workbookFile(dir), '--json'], fakeEngine([T3], [cross]));
    expect(result.stderr).toBe('');
    expect(onlyJson(result.stdout)).toEqual({
      tables: [{ kind: 'T3', sheet: '예산현황', range: 'B5:H12', department: '정보홍보실', goal: null, project: null }],
      findings: [
        {
          severity: 'error',
          rule: 't3.share',
          messageId: 'mismatch',
          sheet: '예산현황',
          cell: 'D7',
          cells: ['D7', "'정책 목표'!E10"],
          message: '구성비가 맞지 않습니다',
          stated: 86,
          expected: 86.97,
          interval: [86.93, 87.01],
        },
      ],
      checked: { tables: 1, relations: 1 },
    });
  });

  it('--lang en gives English messages and summary', async () => {
    const result = await runWith(['check', await workbookFile(dir), '--lang', 'en'], errorEngine);
    expect(result.stdout).toContain('share does not match');
    expect(result.stdout).not.toContain('구성비가 맞지 않습니다');
    expect(result.stdout.split('\n')[0]).toBe('1 error · 1 warning');
    expect(result.stdout.trimEnd().split('\n').pop()).toBe(
      '1 table · 1 relation checked · 1 error · 1 warning · 0 rounding differences',
    );
  });
});

describe('perfplan tables', () => {
  it('lists tables as text with their unread cells, and as JSON', async () => {
    const file = await workbookFile(dir);
    const text = await runWith(['tables', file]);
    expect(text.code).toBe(EXIT.clean);
    expect(text.stdout).toMatch(/^T3\s+예산현황\s+B5:H12\s+정보홍보실/);
    expect(text.stdout).toContain('D7');
    expect(text.stdout).toContain(T3.unread[0].ko);
    expect(onlyJson((await runWith(['tables', file, '--json'])).stdout).tables).toHaveLength(1);
  });
});

describe('perfplan: arguments', () => {
  it.each([
    [['check']],
    [['check', 'a.xlsx', '--lang', 'fr']],
    [['check', 'a.xlsx', '--bogus']],
    [['frobnicate']],
    [[]],
    [['recompute', 'a.xlsx']],
  ])('bad arguments %j exit 2 without a stack trace', async (argv) => {
    const result = await runWith(argv);
    expect(result.code).toBe(EXIT.unusable);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  it.each([
    [['check'], '파일 인수가 없습니다'],
    [['check', 'a.xlsx', '--lang', 'fr'], '옵션 --lang <lang>의 값 fr은 쓸 수 없습니다 (가능한 값: ko, en)'],
    [['check', 'a.xlsx', '--bogus'], '모르는 옵션 --bogus'],
    [['frobnicate'], '모르는 명령 frobnicate'],
    [['recompute', 'a.xlsx', '-o'], '옵션 -o, --output <out>에 값이 없습니다'],
    [['tables', 'a.xlsx', 'b.xlsx'], 'tables 명령의 인수가 너무 많습니다'],
  ])('bad arguments %j are told in Korean, with no English of commander left', async (argv, told) => {
    const { stderr } = await runWith(argv);
    expect(stderr).toContain(`잘못된 인수입니다: ${told}`);
    expect(stderr).not.toMatch(/unknown|missing|invalid|Allowed|too many/i);
  });

  it("bad arguments under --lang en keep commander's English", async () => {
    expect((await runWith(['check', 'a.xlsx', '--bogus', '--lang', 'en'])).stderr).toContain(
      "Bad arguments: unknown option '--bogus'",
    );
  });

  it('bad arguments with --json still print one JSON object', async () => {
    const result = await runWith(['check', '--json', '--lang', 'fr']);
    expect(result.code).toBe(EXIT.unusable);
    expect(onlyJson(result.stdout).findings[0]).toMatchObject({
      severity: 'error',
      rule: 'cli.arguments',
      messageId: 'badArguments',
    });
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await runWith(['--help']);
    expect([help.code, help.stderr]).toEqual([EXIT.clean, '']);
    expect(help.stdout).toContain('종료 코드 / Exit codes');
    expect((await runWith(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('refuses -o naming the input without --in-place', async () => {
    const file = await workbookFile(dir);
    const same = await runWith(['recompute', file, '-o', join(dir, '.', '성과계획서.xlsx')]);
    expect(same.code).toBe(EXIT.unusable);
    expect(same.stderr).toContain('--in-place');
    const elsewhere = await runWith(['recompute', file, '-o', join(dir, 'other.xlsx'), '--in-place']);
    expect(elsewhere.code).toBe(EXIT.unusable);
  });

  it('recompute --dry-run lists the edits and exits by the remaining findings', async () => {
    const file = await workbookFile(dir);
    const edit = {
      ref: finding('error', '예산현황', 6, 3).ref,
      value: 86.97,
      numFmt: '0.00',
      reason: { ko: '구성비 재계산', en: 'share recomputed' },
    };
    const result = await runWith(['recompute', file, '-o', join(dir, 'out.xlsx'), '--dry-run'], fakeEngine([T3], [], [edit]));
    expect(result.code).toBe(EXIT.clean);
    expect(result.stdout).toMatch(/예산현황\s+D7\s+86\.97\s+구성비 재계산/);
  });

  it('turns an engine failure into one "내부 오류" line', async () => {
    const broken = {
      ...cleanEngine,
      check: () => {
        throw new Error('boom');
      },
    };
    const result = await runWith(['check', await workbookFile(dir)], broken);
    expect([result.code, result.stderr]).toEqual([EXIT.unusable, '내부 오류: boom\n']);
  });
});

describe('perfplan (spawned)', () => {
  it('runs the real entry: random bytes exit 2 with JSON only on stdout', () => {
    const file = join(dir, 'noise.xlsx');
    writeFileSync(file, randomBytes(1000));
    // node with tsx's loader rather than `npx tsx` (one process, no IPC with a parent); spawnSync blocks jest's own
    // timeout, so the child gets one.
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', file, '--json'], {
      encoding: 'utf8',
      cwd: join(__dirname, '..', '..'),
      timeout: 50_000,
    });
    expect(child.status).toBe(EXIT.unusable);
    expect(onlyJson(child.stdout).findings[0]).toMatchObject({
      rule: 'file.unusable',
      code: 'notZip',
      message: unusable('notZip').ko,
    });
  }, 60_000);
});
