import { cellAt, type Sheet } from '../../../src/engine/grid/sheet';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { seedWith } from '../../corpus/hostile';

/** The lean reader on worksheet XML other writers produce: edits of the seed's sheet, read in-process. */

const SHEET = 'xl/worksheets/sheet1.xml';

async function readEdited(edit: (xml: string) => string): Promise<Sheet> {
  const read = await readXlsx(seedWith({ [SHEET]: edit }));
  if (!read.ok) throw new Error(read.problem.en);
  return read.sheets[0];
}

/** A row appended to sheetData. */
const withRows = (rows: string) => (xml: string) => xml.replace('</sheetData>', `${rows}</sheetData>`);

describe('the lean worksheet reader', () => {
  it('places rows and cells without `r` after the previous one, as the spec says', async () => {
    const sheet = await readEdited(
      withRows('<row r="300"><c><v>1</v></c><c t="str"><v>둘</v></c></row><row><c r="C301"><v>3</v></c></row>'),
    );
    expect([cellAt(sheet, 299, 0), cellAt(sheet, 299, 1), cellAt(sheet, 300, 2)]).toEqual([
      { value: 1 },
      { value: '둘' },
      { value: 3 },
    ]);
  });

  it('resolves a shared formula whose master comes after the cells sharing it', async () => {
    const sheet = await readEdited(
      withRows(
        '<row r="300"><c r="D300"><f t="shared" si="9"/><v>7</v></c></row>' +
          '<row r="301"><c r="D301"><f t="shared" si="9" ref="D300:D301">B301+C301</f><v>3</v></c></row>',
      ),
    );
    expect(cellAt(sheet, 299, 3)).toEqual({ value: 7, formula: 'B300+C300' });
    expect(cellAt(sheet, 300, 3)).toEqual({ value: 3, formula: 'B301+C301' });
  });

  it('reads text split by comments and CDATA as one text, and an inline rich string as its runs', async () => {
    const sheet = await readEdited(
      withRows(
        '<row r="300"><c r="A300" t="inlineStr"><is><t>정보<!-- 주석 --></t><t><![CDATA[홍보실]]></t></is></c>' +
          '<c r="B300" t="inlineStr"><is><r><t>구정</t></r><r><rPr><b/></rPr><t>홍보</t></r><rPh sb="0" eb="1"><t>ㄱ</t></rPh></is></c></row>',
      ),
    );
    expect([cellAt(sheet, 299, 0), cellAt(sheet, 299, 1)]).toEqual([{ value: '정보홍보실' }, { value: '구정홍보' }]);
  });

  it('lists columns a `<col>` range hides, each once, up to column XFD', async () => {
    const sheet = await readEdited((xml) =>
      xml.replace(
        '</cols>',
        '<col min="12" max="13" hidden="1"/><col min="13" max="14" hidden="true"/><col min="16380" max="20000" hidden="1"/></cols>',
      ),
    );
    expect(sheet.hiddenCols).toEqual([11, 12, 13, 16379, 16380, 16381, 16382, 16383]);
  });

  it('keeps rows sparse: one cell at row 1,048,576 makes no empty rows', async () => {
    const sheet = await readEdited(withRows('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    expect(cellAt(sheet, 1048575, 16383)).toEqual({ value: 1 });
    expect(Object.keys(sheet.rows).length).toBeLessThan(300);
  });

  it.each([
    ['a row past 1,048,576', withRows('<row r="1048577"/>')],
    ['a cell past XFD', withRows('<row r="300"><c r="XFE300"><v>1</v></c></row>')],
    [
      'a merge past the last row',
      (xml: string) => xml.replace(/<mergeCells count="\d+">/, (open) => `${open}<mergeCell ref="A1:B2000000"/>`),
    ],
  ])('refuses %s as beyond the grid', async (_name, edit) => {
    const read = await readXlsx(seedWith({ [SHEET]: edit }));
    expect(read.ok ? 'ok' : read.problem.code).toBe('beyondGrid');
  });
});
