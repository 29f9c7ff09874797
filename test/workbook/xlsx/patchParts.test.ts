import fc from 'fast-check';
import { patchXlsx, type PatchResult } from '../../../src/workbook/xlsx/patch';
import { withFullCalcOnLoad } from '../../../src/workbook/xlsx/calcXml';
import { escapeXml, unescapeXml } from '../../../src/workbook/xlsx/xmlText';
import { edit, entries, partText, planWorkbook, PLAN, QUOTED, readBack, withPart } from './patchFixture';

const bytesOf = (result: PatchResult): Uint8Array => {
  if (!result.ok) throw new Error(result.problem.en);
  return result.bytes;
};

describe('patchXlsx and the calculation chain', () => {
  it('drops the chain, its relationship and its content type when a formula cell gets a plain value', async () => {
    const result = await patchXlsx(await planWorkbook(), [edit(PLAN, 'C8', 7)]);
    const bytes = bytesOf(result);
    expect(result.ok && result.changedParts.sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/calcChain.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect((await entries(bytes)).has('xl/calcChain.xml')).toBe(false);
    expect(await partText(bytes, 'xl/_rels/workbook.xml.rels')).not.toMatch(/calcChain/);
    expect(await partText(bytes, '[Content_Types].xml')).not.toMatch(/calcChain/);
    expect((await readBack(bytes)).getWorksheet(PLAN)!.getCell('C8').value).toBe(7);
  });

  it('keeps the chain and workbook.xml when only values are written', async () => {
    const result = await patchXlsx(await planWorkbook(), [edit(PLAN, 'C7', 1080), edit(PLAN, 'B5', 9)]);
    expect(result.ok && result.changedParts).toEqual(['xl/worksheets/sheet1.xml']);
    const sheet = (await readBack(bytesOf(result))).getWorksheet(PLAN)!;
    expect([sheet.getCell('C7').value, sheet.getCell('B5').value]).toEqual([1080, 9]);
  });
});

describe('patchXlsx on unusual but valid parts', () => {
  it('fills a self-closing <sheetData/>', async () => {
    const input = await withPart(await planWorkbook(), 'xl/worksheets/sheet2.xml', (t) =>
      t.replace(/<sheetData>.*<\/sheetData>/, '<sheetData/>'),
    );
    const bytes = bytesOf(await patchXlsx(input, [edit(QUOTED, 'B2', '값'), edit(QUOTED, 'A1', 4)]));
    const sheet = (await readBack(bytes)).getWorksheet(QUOTED)!;
    expect([sheet.getCell('A1').value, sheet.getCell('B2').value]).toEqual([4, '값']);
  });

  it("spells new elements with the part's namespace prefix", async () => {
    const prefixed = (t: string) =>
      t
        .replace(/<(\/?)(worksheet|sheetData|row|c|v|dimension|sheetFormatPr|pageMargins|pageSetup)([\s>/])/g, '<$1x:$2$3')
        .replace('xmlns="', 'xmlns:x="');
    const input = await withPart(await planWorkbook(), 'xl/worksheets/sheet2.xml', prefixed);
    const xml = await partText(
      bytesOf(await patchXlsx(input, [edit(QUOTED, 'B1', '새 값'), edit(QUOTED, 'A3', 5)])),
      'xl/worksheets/sheet2.xml',
    );
    expect(xml).toContain('<x:c r="B1" t="inlineStr"><x:is><x:t>새 값</x:t></x:is></x:c>');
    expect(xml).toContain('<x:row r="3"><x:c r="A3"><x:v>5</x:v></x:c></x:row>');
  });

  it('reuses a custom format the workbook already has and adds no style when the cell shows it already', async () => {
    const result = await patchXlsx(await planWorkbook(), [edit(PLAN, 'D7', 0.7, { numFmt: '0.0' })]);
    expect(result.ok && result.changedParts).toEqual(['xl/worksheets/sheet1.xml']);
  });

  it('adds no further styles when the same edits are applied again', async () => {
    const edits = [edit(PLAN, 'D7', 86.95, { numFmt: '0.00%' }), edit(PLAN, 'C9', 1, { numFmt: '0.000' })];
    const once = bytesOf(await patchXlsx(await planWorkbook(), edits));
    const twice = await patchXlsx(once, edits);
    expect(twice.ok && twice.changedParts).toEqual(['xl/worksheets/sheet1.xml']);
    expect(await partText(bytesOf(twice), 'xl/styles.xml')).toBe(await partText(once, 'xl/styles.xml'));
  });

  it('turns a shared-string cell into a number and a number into an inline string', async () => {
    const bytes = bytesOf(await patchXlsx(await planWorkbook(), [edit(PLAN, 'B7', 3), edit(PLAN, 'C7', '없음')]));
    const xml = await partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<c r="B7"><v>3</v></c><c r="C7" t="inlineStr"><is><t>없음</t></is></c>');
  });
});

describe('withFullCalcOnLoad', () => {
  const shell = (body: string) => `<workbook xmlns="m"><sheets/>${body}</workbook>`;
  it.each([
    ['sets the flag on an existing calcPr', shell('<calcPr calcId="1"/>'), shell('<calcPr calcId="1" fullCalcOnLoad="1"/>')],
    [
      'inserts calcPr before pivotCaches (schema order)',
      shell('<pivotCaches/><extLst/>'),
      shell('<calcPr fullCalcOnLoad="1"/><pivotCaches/><extLst/>'),
    ],
    [
      'inserts calcPr at the end when nothing follows it',
      shell('<definedNames/>'),
      shell('<definedNames/><calcPr fullCalcOnLoad="1"/>'),
    ],
  ])('%s', (_name, input, expected) => expect(withFullCalcOnLoad(input)).toBe(expected));
});

describe('escapeXml', () => {
  it('round-trips text without control characters or _xHHHH_ escapes through unescapeXml', () => {
    fc.assert(
      fc.property(
        // eslint-disable-next-line no-control-regex -- control characters are the ones the escaping must carry
        fc.string({ unit: 'grapheme' }).filter((s) => !/[\u0000-\u001f]|_x[0-9a-fA-F]{4}_/.test(s)),
        (s) => unescapeXml(escapeXml(s)) === s,
      ),
    );
  });
});
