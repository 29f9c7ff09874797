import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../cli/fakes';
import { B25_WRITTEN, blankTotal, partOf, perfplan } from './cases';

/**
 * Issue 17, defect 4: `--in-place` and links. A linked input is followed (the real workbook is replaced, the link keeps
 * naming it, the backup sits beside the real file); a link standing where the backup goes is replaced by the backup,
 * never written through.
 */
jest.setTimeout(20_000);

const written = async (path: string): Promise<boolean> => B25_WRITTEN.test(await partOf(new Uint8Array(readFileSync(path))));

test('--in-place on a link replaces the file it names and keeps the link', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'real'));
  const real = join(dir, 'real', 'plan.xlsx');
  const original = await blankTotal();
  writeFileSync(real, original);
  const link = join(dir, 'plan-link.xlsx');
  symlinkSync(real, link);

  const run = perfplan(['recompute', link, '--in-place']);
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe(real);
  expect(await written(real)).toBe(true);
  expect(readFileSync(join(dir, 'real', 'plan.bak.xlsx'))).toEqual(Buffer.from(original));
});

test('a link where the backup goes is replaced by the backup; the file it named is untouched', async () => {
  const dir = tempDir();
  const input = join(dir, 'plan.xlsx');
  const original = await blankTotal();
  writeFileSync(input, original);
  const precious = join(dir, 'precious.txt');
  writeFileSync(precious, 'not yours to overwrite');
  const backup = join(dir, 'plan.bak.xlsx');
  symlinkSync(precious, backup);

  const run = perfplan(['recompute', input, '--in-place', '--lang', 'en']);
  expect([run.status, run.stdout.split('\n')[0]]).toEqual([0, `1 cell changed, written to ${input}`]);
  expect(readFileSync(precious, 'utf8')).toBe('not yours to overwrite');
  expect(lstatSync(backup).isFile()).toBe(true);
  expect(readFileSync(backup)).toEqual(Buffer.from(original));
  expect(await written(input)).toBe(true);
});
