import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../cli/fakes';
import { seedBytes } from '../../robustness/corrupt';
import { blankTotal, perfplan } from './cases';

/**
 * Issue 17, defects 5 and 9: an output is written only as a new or regular .xlsx file. A device node, a FIFO or a
 * folder standing at the output path is refused (exit 2, the cause named) and left as it was; an .xlsm, .csv or
 * other name is refused before anything is read or written.
 */
jest.setTimeout(20_000);

const dir = tempDir();
const seed = join(dir, 'seed.xlsx');
const blank = join(dir, 'blank.xlsx');
beforeAll(async () => {
  copyFileSync(join(__dirname, '..', '..', '..', 'examples', 'seed.xlsx'), seed);
  writeFileSync(blank, await blankTotal());
});

describe('an output path holding something other than a regular file', () => {
  // A link to /dev/null stands for the device itself (links are followed): the device is never opened or replaced.
  const cases: Array<[string, (path: string) => void, string, (path: string) => boolean]> = [
    ['a link to /dev/null', (p) => symlinkSync('/dev/null', p), '장치 파일', (p) => lstatSync(p).isSymbolicLink()],
    ['a FIFO', (p) => spawnSync('mkfifo', [p]), 'FIFO', (p) => lstatSync(p).isFIFO()],
    ['a folder', (p) => mkdirSync(p), '폴더', (p) => lstatSync(p).isDirectory() && readdirSync(p).length === 0],
  ];

  test.each(cases)('%s is refused and left as it was', (_kind, make, word, intact) => {
    const out = join(dir, `${word.replace(/\W+/g, '')}-${Math.random().toString(36).slice(2)}.xlsx`);
    make(out);
    expect(lstatSync(out)).toBeTruthy();
    const run = perfplan(['recompute', blank, '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`출력 파일 자리(${out})에 이미 ${word}`);
    expect(intact(out)).toBe(true);
  });

  test('in English, with check --report', () => {
    const out = join(dir, 'report-folder.xlsx');
    mkdirSync(out);
    const run = perfplan(['check', seed, '--report', out, '--lang', 'en']);
    expect([run.status, run.stderr]).toEqual([
      2,
      `The output path (${out}) is a folder, so nothing is written there. Name a regular or new file.\n`,
    ]);
  });
});

describe('an output not named .xlsx', () => {
  test.each([
    ['check', (input: string, out: string) => ['check', input, '--report', out], 'x.xlsm', 'out.xlsm'],
    ['recompute', (input: string, out: string) => ['recompute', input, '-o', out], 'blank.xlsx', 'out.csv'],
    ['report', (input: string, out: string) => ['report', input, '--table', 't3', '-o', out], 'seed.xlsx', 'out.xlsm'],
  ])('%s is refused before anything is written', (_command, argv, inputName, outName) => {
    const input = join(dir, inputName);
    if (!existsSync(input)) writeFileSync(input, seedBytes());
    const out = join(dir, outName);
    const run = perfplan(argv(input, out));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `출력 파일은 .xlsx여야 합니다(${out}). perfplan은 .xlsx 통합 문서만 씁니다(.xlsm은 매크로가 사라짐).\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
