import fc from 'fast-check';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { seedWith } from './hostile';
import { MUTATIONS, mutatedSeed } from './xmlMutations';

/**
 * The seed package rewritten as other writers may write it (attributes reordered, whitespace inside tags, comments
 * that look like rows, CDATA, character references, parts in another order): the reader reads the same cells,
 * never throws and never refuses.
 */
describe('XML-level mutations of the seed package', () => {
  let seedSheets: unknown;
  beforeAll(async () => {
    const read = await readXlsx(seedWith());
    if (!read.ok) throw new Error(read.problem.en);
    seedSheets = read.sheets;
  });

  test('read the same sheets as the seed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...MUTATIONS], { minLength: 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(4),
        async (mutations, every, offset) => {
          const read = await readXlsx(mutatedSeed(mutations, { every, offset }));
          expect(read).toStrictEqual({ ok: true, sheets: seedSheets, macro: false });
        },
      ),
      { seed: 1617, numRuns: 40 },
    );
  }, 120_000);

  test.each(MUTATIONS)('%s alone, applied everywhere, reads the same', async (mutation) => {
    const read = await readXlsx(mutatedSeed([mutation], { every: 1, offset: 0 }));
    expect(read).toStrictEqual({ ok: true, sheets: seedSheets, macro: false });
  });
});
