import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EXIT } from '../../src/cli/exitCodes';
import { run } from '../../src/cli/main';
import { readPlan } from '../../src/engine/read/readPlan';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { unusable } from '../../src/workbook/xlsx/unusable';
import { captureIo, tempDir } from '../cli/fakes';
import { randomBytes } from '../workbook/xlsx/unusableInputs';
import { damage, seedBytes, withPart, wrongEntrySize, type Damage } from './corrupt';

/** Damaged and hostile .xlsx files: readXlsx never throws, and the CLI says what is wrong in one line. */

const SEED = seedBytes();
const dir = tempDir();
const UNUSABLE_KO = (['unreadable', 'sizeMismatch', 'notZip', 'notWorkbook', 'noSheets'] as const).map(
  (code) => unusable(code).ko,
);

describe('damaged workbooks', () => {
  test('cut, flipped or zeroed anywhere: readXlsx gives sheets or an Unusable, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Damage>('truncate', 'flip', 'zero'),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        async (kind, at) => {
          const read = await readXlsx(damage(SEED, kind, at));
          if (!read.ok) expect(Object.keys(unusable(read.problem.code))).toContain('ko');
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each(['[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'])(
    'an entry inflating past the size its headers state (%s) is refused as soon as it does',
    async (entry) => {
      const read = await readXlsx(wrongEntrySize(SEED, entry));
      expect(read.ok ? 'ok' : read.problem.code).toBe('sizeMismatch');
    },
  );

  test('a merge over the whole rest of the sheet is clipped to the cells the sheet holds and keeps every table', async () => {
    const huge = await withPart(SEED, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        /<mergeCells count="(\d+)">/,
        (_m, n: string) =>
          `<mergeCells count="${Number(n) + 2}"><mergeCell ref="L1:XFD1048576"/><mergeCell ref="A300:XFD1048576"/>`,
      ),
    );
    const read = await readXlsx(huge); // unclipped, its 17 billion cells would outlast jest's timeout
    const clean = await readXlsx(SEED);
    if (!read.ok || !clean.ok) throw new Error('the seed should read');
    expect(readPlan(read.sheets).tables).toEqual(readPlan(clean.sheets).tables);
    // Clipped to the rows and columns the sheet holds (through column K and its last row), never below a merge's own top-left.
    const lastRow = clean.sheets[0].rows.length - 1;
    expect(read.sheets[0].merges).toContainEqual({ top: 0, left: 11, bottom: lastRow, right: 11 });
    expect(read.sheets[0].merges).toContainEqual({ top: 299, left: 0, bottom: 299, right: 10 });
  });
});

describe('perfplan on hostile files: exit 2 and one line, never a stack trace', () => {
  const files: Array<[string, () => Promise<Uint8Array>]> = [
    ['random bytes', async () => randomBytes(5000, 99)],
    ['the seed cut in half', async () => damage(SEED, 'truncate', 0.5)],
    ['the seed with its directory zeroed', async () => damage(SEED, 'zero', 0.97)],
    ['an entry of the wrong size', async () => wrongEntrySize(SEED, 'xl/styles.xml')],
    ['a worksheet that is not XML', async () => withPart(SEED, 'xl/worksheets/sheet1.xml', () => 'not xml <<<')],
    [
      'a cell address that is no address',
      async () => withPart(SEED, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<c r="A1"', '<c r="??"')),
    ],
  ];

  test.each(files)('%s', async (name, make) => {
    const file = join(dir, `${name.replace(/\W+/g, '_')}.xlsx`);
    writeFileSync(file, await make());
    const text = captureIo();
    expect(await run(['check', file], text.io)).toBe(EXIT.unusable);
    expect(text.out.stdout).toBe('');
    expect(text.out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(UNUSABLE_KO).toContain(text.out.stderr.trimEnd());

    const json = captureIo();
    expect(await run(['tables', file, '--json'], json.io)).toBe(EXIT.unusable);
    const report = JSON.parse(json.out.stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['file.unusable']);
    expect(json.out.stderr).not.toMatch(/\n\s+at /);
  });
});
