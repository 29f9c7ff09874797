import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Edit } from '../../../src/engine/recompute/edit';
import { parseA1 } from '../../../src/engine/grid/a1';

/** A plan-like workbook built with exceljs, then given the parts exceljs cannot write (a chart, a pivot cache, a calc chain) by hand. */

export const PLAN = '성과 계획';
export const QUOTED = "O'Brien 표";

export const edit = (
  sheet: string,
  address: string,
  value: number | string,
  extra: Partial<Pick<Edit, 'formula' | 'numFmt'>> = {},
): Edit => {
  const at = parseA1(address)!;
  return { ref: { sheet, row: at.row, col: at.col }, value, ...extra, reason: { ko: '재계산', en: 'recomputed' } };
};

async function exceljsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN);
  ws.getColumn('F').font = { bold: true };
  ws.getCell('B2').value = '성과지표 현황';
  ws.mergeCells('B2:D2');
  ws.getCell('B5').value = '목표';
  ws.getCell('C5').value = 1234;
  ws.getCell('C5').numFmt = '#,##0';
  ws.getCell('C5').font = { bold: true, color: { argb: 'FF1F4E79' } };
  ws.getCell('C5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.getCell('C5').border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  ws.getCell('B7').value = '실적';
  ws.getCell('C7').value = 1073;
  for (const address of ['D7', 'D8']) {
    ws.getCell(address).value = 0.5;
    ws.getCell(address).numFmt = '0.0';
    ws.getCell(address).font = { italic: true };
    ws.getCell(address).alignment = { horizontal: 'right' };
  }
  ws.getCell('C8').value = { formula: 'C7*2', result: 2146 };
  ws.getCell('B12').value = '비고';
  wb.addWorksheet(QUOTED).getCell('A1').value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'성과 계획'!$C$5:$C$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="차트 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const rels = (...items: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const override = (part: string, type: string): string =>
  `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;

/** Adds a part by hand: its entry, its content type, and a relationship from the workbook. */
async function addParts(zip: JSZip): Promise<void> {
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    rels(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`),
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    rels(`<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`),
  );
  zip.file(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="B5:C7" sheet="${PLAN}"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>`,
  );
  zip.file(
    'xl/calcChain.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C8" i="1"/></calcChain>`,
  );
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', `<drawing r:id="rId1"/></worksheet>`));
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    wbRels.replace(
      '</Relationships>',
      `<Relationship Id="rId90" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rId91" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      [
        override('xl/charts/chart1.xml', 'drawingml.chart+xml'),
        override('xl/drawings/drawing1.xml', 'drawing+xml'),
        override('xl/pivotCache/pivotCacheDefinition1.xml', 'spreadsheetml.pivotCacheDefinition+xml'),
        override('xl/calcChain.xml', 'spreadsheetml.calcChain+xml'),
      ].join('') + '</Types>',
    ),
  );
}

/** A workbook's bytes with a chart (and its drawing on the first sheet), a pivot cache and a calc chain added. */
export async function withChartAndPivot(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await addParts(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const planWorkbook = async (): Promise<Uint8Array> => withChartAndPivot(await exceljsWorkbook());

/** Every entry's uncompressed bytes, in package order. */
export async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Rewrites one part of a package (to make a variant: a macro, a prefixed namespace …). */
export async function withPart(bytes: Uint8Array, part: string, edit: (text: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit((await zip.file(part)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
