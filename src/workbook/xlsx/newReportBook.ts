import ExcelJS from 'exceljs';
import type { ReportTable } from '../../engine/edge';
import { addReportWorksheet } from './renderReport';

/** A new workbook holding only `tables` on one sheet (a 총괄표 built from many files has no one input to copy). */
export async function newReportBook(sheetName: string, tables: ReadonlyArray<ReportTable>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addReportWorksheet(workbook, sheetName, tables);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
