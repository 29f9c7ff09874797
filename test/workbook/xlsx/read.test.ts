import type ExcelJS from 'exceljs';
import { cellAt, type Sheet } from '../../../src/engine/grid/sheet';
import { parseA1, parseRangeA1 } from '../../../src/engine/grid/a1';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { unusable } from '../../../src/workbook/xlsx/unusable';
import { dateSerial } from './exceljsReader/toCell';
import { patchedWorkbook, unusableInputs, workbookBytes } from './unusableInputs';

async function sheetsOf(bytes: Uint8Array): Promise<Sheet[]> {
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error(`expected a readable workbook, got ${read.problem.code}`);
  return read.sheets;
}

const readOne = async (build: (ws: ExcelJS.Worksheet) => void): Promise<Sheet> =>
  (await sheetsOf(await workbookBytes((wb) => build(wb.addWorksheet('예산현황')))))[0];

const at = (sheet: Sheet, a1: string) => {
  const p = parseA1(a1)!;
  return cellAt(sheet, p.row, p.col);
};

describe('readXlsx: unusable inputs', () => {
  it('names each kind with its own message', async () => {
    for (const input of await unusableInputs()) {
      const read = await readXlsx(input.bytes);
      expect({ name: input.name, read }).toEqual({ name: input.name, read: { ok: false, problem: unusable(input.code) } });
    }
  });
});

describe('readXlsx: cells', () => {
  it('reads values 0-based, with their number formats (General is absent)', async () => {
    const sheet = await readOne((ws) => {
      ws.getCell('B3').value = '예산액';
      ws.getCell('C3').value = 1723.456;
      ws.getCell('C3').numFmt = '#,##0';
      ws.getCell('D3').value = 0.8697;
      ws.getCell('D3').numFmt = '0.00%';
      ws.getCell('E3').value = true;
      ws.getCell('F3').value = 5;
      ws.getCell('F3').numFmt = 'General';
    });
    expect(sheet.name).toBe('예산현황');
    expect(sheet.rows[2]?.slice(1, 6)).toEqual([
      { value: '예산액' },
      { value: 1723.456, numFmt: '#,##0' },
      { value: 0.8697, numFmt: '0.00%' },
      { value: true },
      { value: 5 },
    ]);
    expect(sheet.rows[0]).toBeUndefined();
  });

  it('keeps a merge value in its top-left cell only', async () => {
    const sheet = await readOne((ws) => {
      ws.getCell('B2').value = '정원';
      ws.mergeCells('B2:E3');
      ws.getCell('F2').value = '현원';
    });
    expect(sheet.merges).toEqual([parseRangeA1('B2:E3')]);
    expect(at(sheet, 'B2')).toEqual({ value: '정원' });
    for (const echo of ['C2', 'E2', 'B3', 'E3']) expect(at(sheet, echo)).toBeUndefined();
    expect(at(sheet, 'F2')).toEqual({ value: '현원' });
  });

  it('reads a formula with its cached result, and one without as uncached (never 0)', async () => {
    const sheet = await readOne((ws) => {
      ws.getCell('A1').value = { formula: 'B1+C1', result: 1104 };
      ws.getCell('A2').value = { formula: 'B2+C2' } as ExcelJS.CellFormulaValue;
      ws.getCell('A2').numFmt = '#,##0';
      ws.getCell('A3').value = { formula: 'B3/C3', result: { error: '#DIV/0!' } };
      ws.getCell('A4').value = { formula: 'B4&"원"', result: '5원' };
    });
    expect(at(sheet, 'A1')).toEqual({ value: 1104, formula: 'B1+C1' });
    expect(at(sheet, 'A2')).toEqual({ value: null, formula: 'B2+C2', uncached: true, numFmt: '#,##0' });
    expect(at(sheet, 'A3')).toEqual({ value: null, error: '#DIV/0!', formula: 'B3/C3' });
    expect(at(sheet, 'A4')).toEqual({ value: '5원', formula: 'B4&"원"' });
  });

  it('translates shared formulas for every cell that shares them', async () => {
    const sheet = await readOne((ws) => {
      ws.getCell('D1').value = { formula: 'B1+C1', result: 3, shareType: 'shared', ref: 'D1:D3' } as ExcelJS.CellFormulaValue;
      ws.getCell('D2').value = { sharedFormula: 'D1', result: 7 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('D3').value = { sharedFormula: 'D1' } as ExcelJS.CellSharedFormulaValue;
    });
    expect(at(sheet, 'D2')).toEqual({ value: 7, formula: 'B2+C2' });
    expect(at(sheet, 'D3')).toEqual({ value: null, formula: 'B3+C3', uncached: true });
  });

  it('reads error values, rich text, hyperlinks and dates', async () => {
    const day = new Date(Date.UTC(2016, 0, 1));
    const sheet = await readOne((ws) => {
      ws.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('A2').value = { richText: [{ text: '정보' }, { text: '홍보실', font: { bold: true } }] };
      ws.getCell('A3').value = { text: '서구청', hyperlink: 'https://www.seogu.gwangju.kr' };
      ws.getCell('A4').value = day;
      ws.getCell('A4').numFmt = 'yyyy-mm-dd';
    });
    expect(at(sheet, 'A1')).toEqual({ value: null, error: '#N/A' });
    expect(at(sheet, 'A2')).toEqual({ value: '정보홍보실' });
    expect(at(sheet, 'A3')).toEqual({ value: '서구청' });
    expect(at(sheet, 'A4')).toEqual({ value: 42370, numFmt: 'yyyy-mm-dd' });
  });

  it('reads dates of the 1904 date system as their own serials', async () => {
    const day = new Date(Date.UTC(2016, 0, 1));
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('날짜');
      ws.getCell('A1').value = day;
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(at((await sheetsOf(bytes))[0], 'A1')).toEqual({ value: dateSerial(day, true), numFmt: 'yyyy-mm-dd' });
    expect(dateSerial(day, true)).toBe(42370 - 1462);
  });

  it('lists hidden rows and columns 0-based', async () => {
    const sheet = await readOne((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A4').value = '비공개';
      ws.getCell('B6').value = 2;
      ws.getRow(4).hidden = true;
      ws.getRow(6).hidden = true;
      ws.getColumn(3).hidden = true;
    });
    expect(sheet.hiddenRows).toEqual([3, 5]);
    expect(sheet.hiddenCols).toEqual([2]);
  });

  it('reads every sheet, empty ones included, once one has cells', async () => {
    const sheets = await sheetsOf(
      await workbookBytes((wb) => {
        wb.addWorksheet('표지');
        wb.addWorksheet('예산').getCell('A1').value = '< 예산현황 >';
      }),
    );
    expect(sheets.map((s) => s.name)).toEqual(['표지', '예산']);
  });
});

describe('readXlsx: built-in number formats without a code', () => {
  /** exceljs writes a custom id (164+) for '0.000'; the patch points the cell's style at a built-in id instead. */
  const withBuiltinId = (id: number) =>
    patchedWorkbook(
      (wb) => {
        const cell = wb.addWorksheet('표').getCell('B2');
        cell.value = 1104.321;
        cell.numFmt = '0.000';
      },
      async (zip) => {
        const styles = await zip.file('xl/styles.xml')!.async('string');
        const custom = /<numFmt numFmtId="(\d+)" formatCode="0\.000"\/>/.exec(styles)!;
        zip.file(
          'xl/styles.xml',
          styles.replace(custom[0], '').replace(new RegExp(`numFmtId="${custom[1]}"`, 'g'), `numFmtId="${id}"`),
        );
      },
    );

  it.each([
    [41, '#,##0'],
    [43, '#,##0'],
    [44, '#,##0'],
    [3, '#,##0'],
    [4, '#,##0.00'],
    [10, '0.00%'],
    [7, '"₩"#,##0.00;"₩"-#,##0.00'],
  ])('id %i reads as %s', async (id, code) => {
    const sheet = (await sheetsOf(await withBuiltinId(id)))[0];
    expect(at(sheet, 'B2')).toEqual({ value: 1104.321, numFmt: code });
  });
});

describe('readXlsx: escaped literals in format codes', () => {
  it('keeps a backslash-escaped % literal (exceljs would drop the backslash and make it a percent)', async () => {
    const sheet = await readOne((ws) => {
      ws.getCell('A1').value = 86.97;
      ws.getCell('A1').numFmt = '0.00\\%';
    });
    expect(at(sheet, 'A1')).toEqual({ value: 86.97, numFmt: '0.00"%"' });
  });
});

describe('readXlsx: macro workbooks', () => {
  it('reads an .xlsm and says it holds macros', async () => {
    const build = (wb: ExcelJS.Workbook) => (wb.addWorksheet('예산').getCell('A1').value = 1);
    const xlsm = await patchedWorkbook(build, async (zip) => void zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3])));
    const plain = await workbookBytes(build);
    expect(await readXlsx(xlsm)).toMatchObject({ ok: true, macro: true });
    expect(await readXlsx(plain)).toMatchObject({ ok: true, macro: false });
  });
});
