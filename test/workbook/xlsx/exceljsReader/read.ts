import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Sheet } from '../../../../src/engine/edge';
import { withReportAreas, type MarkedArea } from '../../../../src/workbook/reportMark';
import { withPreparedParts } from './preparePackage';
import { readReportMarks } from './reportMarks';
import { sniff } from '../../../../src/workbook/xlsx/sniff';
import { hasCells, toSheet } from './toSheet';
import { unusable, type Unusable } from '../../../../src/workbook/xlsx/unusable';

export type XlsxRead =
  /** `macro`: an .xlsm (VBA inside); readable, but exceljs would drop the macros on writing, so writers refuse it. */
  { readonly ok: true; readonly sheets: Sheet[]; readonly macro: boolean } | { readonly ok: false; readonly problem: Unusable };

const failed = (problem: Unusable): XlsxRead => ({ ok: false, problem });

async function openZip(bytes: Uint8Array): Promise<JSZip | undefined> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return undefined; // starts like a zip but is damaged: reported as unreadable
  }
}

async function isMacroWorkbook(zip: JSZip): Promise<boolean> {
  if (zip.file('xl/vbaProject.bin')) return true;
  const types = await zip.file('[Content_Types].xml')?.async('string');
  return types?.includes('macroEnabled') ?? false;
}

/**
 * The parts read before exceljs: whether macros are inside, the styles prepared, and perfplan's report marks. A zip's directory may be
 * intact while an entry is damaged; JSZip only finds out when it inflates the entry, and then it throws.
 */
async function inspectParts(
  zip: JSZip,
  bytes: Uint8Array,
): Promise<{ macro: boolean; prepared: Uint8Array; marks: MarkedArea[] } | undefined> {
  try {
    return {
      macro: await isMacroWorkbook(zip),
      prepared: await withPreparedParts(zip, bytes),
      marks: await readReportMarks(zip),
    };
  } catch {
    return undefined;
  }
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; it accepts any array buffer view.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return undefined;
  }
}

/** Every worksheet of an .xlsx file as the engine's grid; any input that cannot be read says why, as a value. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  const kind = sniff(bytes);
  if (kind !== 'zip') return failed(kind);
  const zip = await openZip(bytes);
  if (!zip) return failed(unusable('unreadable'));
  if (!zip.file('xl/workbook.xml')) return failed(unusable('notWorkbook'));
  const parts = await inspectParts(zip, bytes);
  if (!parts) return failed(unusable('unreadable'));
  const { macro, prepared, marks } = parts;
  const workbook = await loadWorkbook(prepared);
  if (!workbook) return failed(unusable('unreadable'));
  const date1904 = workbook.properties?.date1904 ?? false;
  const sheets = withReportAreas(
    workbook.worksheets.map((ws) => toSheet(ws, date1904)),
    marks,
  );
  if (!sheets.some(hasCells)) return failed(unusable('noSheets'));
  return { ok: true, sheets, macro };
}
