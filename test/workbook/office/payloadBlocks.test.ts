import fc from 'fast-check';
import { BYTES_PER_CELL, extentBytes, packBlocks, readBlocks, type Extent } from '../../../src/workbook/office/payload';

/** Used ranges of a workbook: sheet names are unique, as Excel makes them. */
const extents = fc.uniqueArray(
  fc.record({
    sheet: fc.string({ minLength: 1, maxLength: 4 }),
    top: fc.nat(50),
    rows: fc.integer({ min: 1, max: 400 }),
    cols: fc.integer({ min: 1, max: 30 }),
  }),
  { maxLength: 12, selector: (e) => e.sheet },
);

describe('readBlocks', () => {
  it('covers every row of every extent once, in order, within the budget unless a lone row outgrows it', () => {
    fc.assert(
      fc.property(extents, fc.integer({ min: 2_000, max: 200_000 }), (input: Extent[], budget) => {
        const blocks = readBlocks(input, budget);
        const pieces = blocks.flat();
        const rowsOf = (e: Extent) => Array.from({ length: e.rows }, (_, i) => `${e.sheet}:${e.top + i}`);
        expect(pieces.flatMap((p) => Array.from({ length: p.bottom - p.top + 1 }, (_, i) => `${p.sheet}:${p.top + i}`))).toEqual(
          input.flatMap(rowsOf),
        );
        const cols = (p: { sheet: string }) => input.find((e) => e.sheet === p.sheet)!.cols;
        for (const block of blocks) {
          const bytes = block.reduce((sum, p) => sum + extentBytes({ ...p, rows: p.bottom - p.top + 1, cols: cols(p) }), 0);
          if (block.length > 1 || block[0].bottom > block[0].top) expect(bytes).toBeLessThanOrEqual(budget);
        }
      }),
    );
  });

  it('gives one block for a workbook under the budget, however many sheets it has', () => {
    const sheets = Array.from({ length: 30 }, (_, i): Extent => ({ sheet: `s${i}`, top: 0, rows: 50, cols: 8 }));
    expect(readBlocks(sheets, 30 * 50 * 8 * BYTES_PER_CELL * 2)).toHaveLength(1);
  });
});

describe('packBlocks', () => {
  it('keeps order and puts each block within the budget unless one item outgrows it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 })), fc.integer({ min: 1, max: 2_000 }), (sizes, budget) => {
        const blocks = packBlocks(sizes, (s) => s, budget);
        expect(blocks.flat()).toEqual(sizes);
        for (const block of blocks) if (block.length > 1) expect(block.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
      }),
    );
  });
});
