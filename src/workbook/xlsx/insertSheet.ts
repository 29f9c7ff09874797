import JSZip from 'jszip';
import { rangeA1, type Message, type ReportTable } from '../../engine/edge';
import { layoutReports } from '../reportGrid';
import { cannotOpen, wouldLoseParts } from './insertProblems';
import { hasMacros } from './package';
import { addReportSheet } from './renderReport';

export type SheetInsert =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly sheet: string; readonly range: string; readonly cells: number }
  | { readonly ok: false; readonly problem: Message };

/** Package folders of parts exceljs reads past and does not write back, with the words the refusal names them by. */
const LOST_PARTS: ReadonlyArray<{ folder: RegExp; ko: string; en: string }> = [
  { folder: /^xl\/(charts|chartsheets)\//i, ko: '차트', en: 'charts' },
  { folder: /^xl\/(pivotTables|pivotCache)\//i, ko: '피벗 테이블', en: 'pivot tables' },
  { folder: /^xl\/(slicers|slicerCaches|timelines)\//i, ko: '슬라이서', en: 'slicers' },
  { folder: /^xl\/threadedComments\//i, ko: '스레드 메모', en: 'threaded comments' },
];

/** What of the package a rewrite by exceljs would lose, in Korean and English; empty when nothing. */
async function lostParts(bytes: Uint8Array): Promise<Message[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return []; // not a zip: exceljs refuses it below with its own answer
  }
  const names = Object.keys(zip.files);
  const lost: Message[] = LOST_PARTS.filter((p) => names.some((n) => p.folder.test(n)));
  if (await hasMacros(zip)) lost.push({ ko: '매크로', en: 'macros' });
  return lost;
}

/** The new sheet's tables start at B2, as `addReportWorksheet` draws them. */
const ORIGIN = { row: 1, col: 1 };

/**
 * The workbook with the tables on a new sheet (named `wanted`, made unique), or why not: a package holding parts the
 * rewrite would drop is refused whole, so the user never downloads a copy that silently lost its charts.
 */
export async function insertReportSheet(
  bytes: Uint8Array,
  wanted: string,
  tables: ReadonlyArray<ReportTable>,
): Promise<SheetInsert> {
  const lost = await lostParts(bytes);
  if (lost.length > 0) return { ok: false, problem: wouldLoseParts(lost) };
  const added = await addReportSheet(bytes, wanted, tables);
  if (!added.ok) return { ok: false, problem: cannotOpen };
  const grid = layoutReports(tables);
  const rect = { top: ORIGIN.row, left: ORIGIN.col, bottom: ORIGIN.row + grid.rows - 1, right: ORIGIN.col + grid.cols - 1 };
  return { ok: true, bytes: added.bytes, sheet: added.sheet, range: rangeA1(rect), cells: grid.rows * grid.cols };
}
