import type { Sheet } from '../../engine/edge';
import { withReportAreas } from '../reportMark';
import { relKind, relsPath, resolveTarget } from './package';
import { PackageParts } from './packageParts';
import { readRels, readSharedStrings, readWorkbookXml } from './partReaders';
import { ReadProblem } from './readProblem';
import { sniff } from './sniff';
import { readCellFormats } from './stylesFormats';
import { unusable, type Unusable } from './unusable';
import { readWorksheet } from './worksheetReader';

export type XlsxRead =
  /** `macro`: an .xlsm (VBA inside); readable, but writing would drop the macros, so writers refuse it. */
  { readonly ok: true; readonly sheets: Sheet[]; readonly macro: boolean } | { readonly ok: false; readonly problem: Unusable };

const failed = (problem: Unusable): XlsxRead => ({ ok: false, problem });

/** VBA inside: the project part, or a macro-enabled content type. */
function hasMacros(parts: PackageParts): boolean {
  for (const name of parts.names()) if (/(^|\/)vbaProject\.bin$/i.test(name)) return true;
  return parts.text('[Content_Types].xml')?.includes('macroEnabled') ?? false;
}

/**
 * The package read the way Excel reads it: the workbook part from `_rels/.rels`, then through the workbook's
 * relationships its shared strings, styles and worksheets (never by guessing `sheet1.xml`). Only these parts are
 * inflated, each streamed through the XML tokenizer once.
 */
function readPackage(parts: PackageParts): XlsxRead {
  const office = readRels(parts, '_rels/.rels').find((r) => relKind(r) === 'officeDocument');
  const workbookPart =
    office && parts.has(resolveTarget('', office.target)) ? resolveTarget('', office.target) : 'xl/workbook.xml';
  if (!parts.has(workbookPart)) return failed(unusable('notWorkbook'));
  const macro = hasMacros(parts);
  const workbook = readWorkbookXml(parts, workbookPart);
  const rels = readRels(parts, relsPath(workbookPart));
  const partOf = (kind: string, fallback: string): string | undefined => {
    const rel = rels.find((r) => relKind(r) === kind);
    const name = rel ? resolveTarget(workbookPart, rel.target) : fallback;
    return parts.has(name) ? name : undefined;
  };
  const ctx = {
    strings: readSharedStrings(parts, partOf('sharedStrings', 'xl/sharedStrings.xml')),
    formats: readCellFormats(parts, partOf('styles', 'xl/styles.xml')),
  };
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = workbook.sheets.flatMap((entry) => {
    const rel = byId.get(entry.relId);
    const part = rel && relKind(rel) === 'worksheet' ? resolveTarget(workbookPart, rel.target) : undefined;
    return part && parts.has(part) ? [readWorksheet(parts, part, entry.name, ctx)] : [];
  });
  if (!sheets.some(hasCells)) return failed(unusable('noSheets'));
  return { ok: true, sheets: withReportAreas(sheets, workbook.marks), macro };
}

/** Every worksheet of an .xlsx file as the engine's grid; any input that cannot be read says why, as a value. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  const kind = sniff(bytes);
  if (kind !== 'zip') return failed(kind);
  const parts = PackageParts.open(bytes);
  if (!parts) return failed(unusable('unreadable'));
  try {
    return readPackage(parts);
  } catch (e) {
    if (e instanceof ReadProblem) return failed(unusable(e.code));
    throw e;
  }
}

/** True when some cell holds something: a value, an error or a formula (formats alone do not count). */
export const hasCells = (sheet: Sheet): boolean =>
  sheet.rows.some((row) =>
    row?.some((cell) => cell !== undefined && (cell.value !== null || cell.error !== undefined || cell.formula !== undefined)),
  );
