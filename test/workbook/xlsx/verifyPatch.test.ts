import { patchXlsx } from '../../../src/workbook/xlsx/patch';
import { unwrittenCells } from '../../../src/workbook/xlsx/verifyPatch';
import { blankTotal, SHEET } from '../../corpus/writes/cases';
import { withPart } from '../../robustness/corrupt';
import { edit } from './patchFixture';

/** The patcher's self-check: read back by a real XML parser, every edit must be there with the value written. */

const NAME = '정보홍보실';
const B25 = edit(NAME, 'B25', 1723);
const check = (bytes: Uint8Array, edits = [B25]) => unwrittenCells(bytes, new Map([[SHEET, { name: NAME, edits }]]));

describe('unwrittenCells', () => {
  test('finds every kind of written cell: a number, text (control characters, edge spaces), a formula', async () => {
    const edits = [B25, edit(NAME, 'K3', ' 메모\u0007 _x0041_ '), edit(NAME, 'K4', 3, { formula: 'SUM(K1:K2)' })];
    const patched = await patchXlsx(await blankTotal(), edits);
    if (!patched.ok) throw new Error(patched.problem.en);
    expect(await check(patched.bytes, edits)).toEqual(new Map());
  });

  test.each([
    ['only inside a comment', (xml: string) => xml.replace('<c r="B25" s="3"/>', '<!--<c r="B25" s="3"><v>1723</v></c>-->')],
    [
      'held twice, once with another value',
      (xml: string) => xml.replace('<c r="B25" s="3"/>', '<c r="B25"><v>1723</v></c><c r="B25"><v>1</v></c>'),
    ],
    [
      'as text, not a number',
      (xml: string) => xml.replace('<c r="B25" s="3"/>', '<c r="B25" t="inlineStr"><is><t>1723</t></is></c>'),
    ],
    [
      'with a formula that was not written',
      (xml: string) => xml.replace('<c r="B25" s="3"/>', '<c r="B25"><f>B26+B27</f><v>1723</v></c>'),
    ],
    ['in a part that no longer parses', (xml: string) => xml.replace('<c r="B25" s="3"/>', '<c r="B25"><v>1723</v></c></row>')],
  ])('reports a cell %s', async (_case, damage) => {
    expect(await check(await withPart(await blankTotal(), SHEET, damage))).toEqual(new Map([[NAME, ['B25']]]));
  });

  test('places a cell without an address after the one before it, as readers do', async () => {
    const bytes = await withPart(await blankTotal(), SHEET, (xml) => xml.replace('<c r="B25" s="3"/>', '<c><v>1723</v></c>'));
    expect(await check(bytes)).toEqual(new Map());
  });
});
