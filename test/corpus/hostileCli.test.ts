import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { drmProtected, unusable, type UnusableCode } from '../../src/workbook/xlsx/unusable';
import { tempDir } from '../cli/fakes';
import { packedCli } from '../setup/packedCli';
import { corpus, manyCells } from './hostile';

/**
 * Issue 17's hostile files through the real CLI, each in its own process: the exit code, the message naming the
 * cause, and the bounds (CPU time and peak memory as /usr/bin/time measures the child, so the machine's load does
 * not decide; the spawn timeout is only a guard against a hang).
 */

const ROOT = join(__dirname, '..', '..');
const dir = tempDir();
const CPU_SECONDS = 15;
const PEAK_KB = 1024 * 1024;

type Outcome = {
  status: number | null;
  json: { findings: Array<{ rule: string; code?: string; message: string }> };
  cpu: number;
  peakKb: number;
};

/** `command`: `check` reads a folder as the files in it, so a folder given as one workbook goes to `tables`. */
function check(file: string, command: 'check' | 'tables' = 'check'): Outcome {
  const times = join(dir, 'time.txt');
  const child = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', '-o', times, process.execPath, ...packedCli(), command, file, '--json'],
    { encoding: 'utf8', cwd: ROOT, timeout: 120_000 },
  );
  const [user, system, peakKb] = readFileSync(times, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { status: child.status, json: JSON.parse(child.stdout), cpu: user + system, peakKb };
}

const written = (name: string, bytes: Uint8Array): string => {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  return file;
};

/** [case, how to make its path, expected unusable code] */
const refused: Array<[string, () => string, UnusableCode, RegExp, ('check' | 'tables')?]> = [
  ['a row in the billions', () => written('row', corpus.rowBeyondGrid()), 'beyondGrid', /1,048,576/],
  ['a column past XFD', () => written('column', corpus.columnBeyondGrid()), 'beyondGrid', /XFD/],
  ['a worksheet inflating to 3 GB (size stated)', () => written('bomb', corpus.sheetBomb('true')), 'partTooLarge', /256 MB/],
  [
    'a worksheet inflating to 3 GB (size hidden)',
    () => written('bomb-lie', corpus.sheetBomb('small')),
    'sizeMismatch',
    /압축 폭탄/,
  ],
  ['styles.xml inflating to 2 GB (size stated)', () => written('styles', corpus.stylesBomb('true')), 'partTooLarge', /256 MB/],
  [
    'styles.xml inflating to 2 GB (size hidden)',
    () => written('styles-lie', corpus.stylesBomb('small')),
    'sizeMismatch',
    /압축 폭탄/,
  ],
  [
    'three worksheets of 255 MB each (past 512 MB in all)',
    () => written('package', corpus.packageBomb()),
    'packageTooLarge',
    /512 MB/,
  ],
  ['an Office file encrypted with a password', () => written('password', corpus.passwordProtected()), 'encrypted', /암호/],
  [
    'a compound file holding no workbook (an unnamed DRM container)',
    () => written('container', corpus.unknownContainer()),
    'encrypted',
    /문서보안\(DRM\)/,
  ],
  ['entity declarations (billion laughs)', () => written('laughs', corpus.entityDeclarations()), 'entities', /엔터티/],
  [
    'a directory',
    () => (mkdirSync(join(dir, 'folder.xlsx'), { recursive: true }), join(dir, 'folder.xlsx')),
    'directory',
    /폴더/,
    'tables',
  ],
  [
    'a symlink loop',
    () => (
      symlinkSync('loop-b.xlsx', join(dir, 'loop-a.xlsx')),
      symlinkSync('loop-a.xlsx', join(dir, 'loop-b.xlsx')),
      join(dir, 'loop-a.xlsx')
    ),
    'linkLoop',
    /링크/,
  ],
  [
    'a FIFO',
    () => (execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]), join(dir, 'pipe.xlsx')),
    'notRegular',
    /일반 파일이 아닙니다/,
  ],
  ['/dev/zero', () => '/dev/zero', 'notRegular', /일반 파일이 아닙니다/],
  [
    'a 300 MB file (sparse: no disk used)',
    () => (truncateSync(written('huge', new Uint8Array([0x50, 0x4b])), 300 * 1024 * 1024), join(dir, 'huge.xlsx')),
    'fileTooLarge',
    /256 MB/,
  ],
];

describe('hostile inputs through the CLI: exit 2 at once, the cause named, within bounds', () => {
  // Every row with its command, so jest never takes a missing fifth element for its `done` callback.
  test.each(refused.map(([name, make, code, names, command]) => [name, make, code, names, command ?? 'check'] as const))(
    '%s',
    (_name, make, code, names, command) => {
      const outcome = check(make(), command);
      expect(outcome.status).toBe(EXIT.unusable);
      expect(outcome.json.findings).toEqual([
        expect.objectContaining({ rule: 'file.unusable', messageId: 'unusable', code, message: unusable(code).ko }),
      ]);
      expect(outcome.json.findings[0].message).toMatch(names);
      expect(outcome.cpu).toBeLessThanOrEqual(CPU_SECONDS);
      expect(outcome.peakKb).toBeLessThanOrEqual(PEAK_KB);
    },
    150_000,
  );
});

describe('files a DRM product protects: exit 2, the product named', () => {
  test.each([
    ['Fasoo', () => corpus.fasoo()],
    ['Fasoo DRM One', () => corpus.drmOne()],
    ['SoftCamp', () => corpus.softCamp()],
    ['MarkAny', () => corpus.markAny()],
  ])(
    '%s',
    (product, make) => {
      const outcome = check(written(`drm-${product.replace(/\W+/g, '_')}`, make()));
      expect(outcome.status).toBe(EXIT.unusable);
      expect(outcome.json.findings).toEqual([
        expect.objectContaining({ rule: 'file.unusable', code: 'drm', message: drmProtected(product).ko }),
      ]);
      expect(outcome.json.findings[0].message).toContain(product);
      expect(outcome.cpu).toBeLessThanOrEqual(CPU_SECONDS);
      expect(outcome.peakKb).toBeLessThanOrEqual(PEAK_KB);
    },
    150_000,
  );
});

describe('hostile-looking inputs that are fine: read as the seed, within bounds', () => {
  const seedFindings = check(join(ROOT, 'examples', 'seed.xlsx'));

  test.each([
    ['the package written with ZIP64 records throughout', () => corpus.zip64()],
    // The campaign's 2 million cells: ten number columns under the seed's tables, 200,000 rows (about 7 MB zipped).
    ['2 million number cells below the tables', () => manyCells(2_000_000)],
    ['a 2 GB image nothing reads (never inflated)', () => corpus.unusedImage()],
    ['every label as CDATA', () => corpus.cdata()],
    ['every Hangul syllable as a character reference', () => corpus.characterReferences()],
  ])(
    '%s',
    (name, make) => {
      const outcome = check(written(name.replace(/\W+/g, '_'), make()));
      expect(outcome.status).toBe(EXIT.clean);
      expect(outcome.json).toEqual(seedFindings.json);
      expect(outcome.cpu).toBeLessThanOrEqual(CPU_SECONDS);
      expect(outcome.peakKb).toBeLessThanOrEqual(PEAK_KB);
    },
    150_000,
  );
});
