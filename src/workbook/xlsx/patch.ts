import JSZip from 'jszip';
import { a1, type Edit } from '../../engine/edge';
import { withFullCalcOnLoad, withoutElement } from './calcXml';
import { hasMacros, partText, readWorkbookMap, relKind, type WorkbookMap } from './package';
import {
  badEdit,
  macroProblem,
  noStyles,
  noSuchSheet,
  notWorkbook,
  notWorksheet,
  notWrittenBack,
  sheetProblem,
  type PatchProblem,
} from './problems';
import { patchSheetXml, type SheetEdits } from './sheetXml';
import { sniff } from './sniff';
import { openStyles, type StyleBook } from './styles';
import { unusable } from './unusable';
import { unwrittenCells } from './verifyPatch';

/**
 * Edits written back into the original package by patching only the cells they name: charts, pivot caches,
 * comments, conditional formats and print settings survive, since every part not touched keeps its exact bytes
 * (exceljs would rewrite, and lose, some of them). Pure apart from jszip, so the browser can use it too.
 */
export type PatchResult =
  /** `changedParts`: the zip entries rewritten (or, for a dropped calculation chain, removed). */
  | { ok: true; bytes: Uint8Array; changedParts: string[] }
  | { ok: false; problem: { code: 'macro' | 'unsupported' | 'notWorkbook'; ko: string; en: string } };

const refused = (problem: PatchProblem): PatchResult => ({ ok: false, problem });

async function openZip(bytes: Uint8Array): Promise<JSZip | PatchProblem> {
  const kind = sniff(bytes);
  if (kind !== 'zip') return notWorkbook(kind);
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return notWorkbook(unusable('unreadable'));
  }
}

const validEdit = (e: Edit): boolean =>
  Number.isInteger(e.ref.row) &&
  Number.isInteger(e.ref.col) &&
  e.ref.row >= 0 &&
  e.ref.col >= 0 &&
  e.ref.row < 1048576 &&
  e.ref.col < 16384 &&
  (typeof e.value === 'string' || Number.isFinite(e.value));

/** Edits by worksheet part, then row, then column; the last edit of a cell wins. */
function groupBySheet(
  map: WorkbookMap,
  edits: ReadonlyArray<Edit>,
): Map<string, { name: string; edits: Map<number, Map<number, Edit>> }> | PatchProblem {
  const parts = new Map<string, { name: string; edits: Map<number, Map<number, Edit>> }>();
  for (const edit of edits) {
    const { sheet, row, col } = edit.ref;
    if (!validEdit(edit))
      return badEdit(
        sheet,
        Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 ? a1(row, col) : `(${row}, ${col})`,
      );
    const entry = map.sheets.find((s) => s.name === sheet);
    if (!entry) return noSuchSheet(sheet);
    if (entry.kind !== 'worksheet') return notWorksheet(sheet);
    const part = parts.get(entry.part) ?? { name: sheet, edits: new Map() };
    parts.set(entry.part, part);
    const cells = part.edits.get(row) ?? new Map<number, Edit>();
    part.edits.set(row, cells.set(col, edit));
  }
  return parts;
}

const isProblem = (value: object): value is PatchProblem => 'code' in value && 'ko' in value;

async function text(zip: JSZip, part: string): Promise<string> {
  return (await partText(zip, part)) ?? '';
}

/**
 * Drops the calculation chain: it lists the cells holding formulas, and Excel "repairs" a file whose chain names a
 * cell that no longer has one. Excel rebuilds it on the next save. Kept whenever no formula was removed.
 */
async function dropCalcChain(zip: JSZip, map: WorkbookMap, changed: Set<string>): Promise<void> {
  const rel = map.rels.find((r) => relKind(r) === 'calcChain');
  const part = map.parts.get('calcChain');
  if (!rel || !part || !zip.file(part)) return;
  zip.remove(part);
  zip.file(map.relsPart, withoutElement(await text(zip, map.relsPart), 'Relationship', 'Id', rel.id));
  zip.file('[Content_Types].xml', withoutElement(await text(zip, '[Content_Types].xml'), 'Override', 'PartName', `/${part}`));
  [part, map.relsPart, '[Content_Types].xml'].forEach((p) => changed.add(p));
}

export async function patchXlsx(original: Uint8Array, edits: ReadonlyArray<Edit>): Promise<PatchResult> {
  const zip = await openZip(original);
  if (isProblem(zip)) return refused(zip);
  if (await hasMacros(zip)) return refused(macroProblem);
  const map = await readWorkbookMap(zip);
  if (!map) return refused(notWorkbook(unusable('notWorkbook')));
  if (edits.length === 0) return { ok: true, bytes: original, changedParts: [] };
  const bySheet = groupBySheet(map, edits);
  if (isProblem(bySheet)) return refused(bySheet);
  const stylesPart = map.parts.get('styles');
  const stylesXml = stylesPart && zip.file(stylesPart) ? await text(zip, stylesPart) : undefined;
  const styles: StyleBook | undefined = stylesXml === undefined ? undefined : openStyles(stylesXml);
  if (!styles && edits.some((e) => e.numFmt !== undefined)) return refused(noStyles);
  const styleFor = (base: number, numFmt: string) => styles?.styleFor(base, numFmt);
  const changed = new Set<string>();
  let wroteFormula = false;
  let removedFormula = false;
  for (const [part, sheet] of bySheet) {
    const patched = patchSheetXml(await text(zip, part), sheet.edits as SheetEdits, styleFor);
    if (!patched.ok) return refused(sheetProblem(sheet.name, patched));
    zip.file(part, patched.xml);
    changed.add(part);
    wroteFormula ||= patched.wroteFormula;
    removedFormula ||= patched.removedFormula;
  }
  const newStyles = styles?.xml();
  if (stylesPart && newStyles !== stylesXml) {
    zip.file(stylesPart, newStyles!);
    changed.add(stylesPart);
  }
  if (wroteFormula) {
    zip.file(map.workbookPart, withFullCalcOnLoad(await text(zip, map.workbookPart)));
    changed.add(map.workbookPart);
  }
  if (removedFormula) await dropCalcChain(zip, map, changed);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const written = new Map(
    [...bySheet].map(([part, s]) => [part, { name: s.name, edits: [...s.edits.values()].flatMap((m) => [...m.values()]) }]),
  );
  const [unwritten] = await unwrittenCells(bytes, written);
  if (unwritten) return refused(notWrittenBack(...unwritten));
  return { ok: true, bytes, changedParts: [...changed] };
}
