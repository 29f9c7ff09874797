import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { a1, parseA1, type Edit } from '../../engine/edge';
import { decodeExcelText } from './xmlText';

/**
 * The patcher's self-check: the written package opened again and each patched sheet parsed by a real XML parser
 * (saxes, not the patcher's own scanner), so any surgery that wrote where no reader looks — inside a comment, a
 * second copy of a row — is caught as the cells that do not hold what was written, instead of a false success.
 */

/** One `<c>` as a reader sees it: its type, cached value, formula and inline text. */
type Found = { t: string | undefined; v: string; f: string | undefined; is: string };

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Every cell of sheetData at the given 0-based keys (`row:col`), each occurrence, in document order. */
function cellsAt(xml: string, wanted: ReadonlySet<string>): Map<string, Found[]> {
  const found = new Map<string, Found[]>();
  const path: string[] = [];
  let row = -1;
  let col = -1;
  let cell: { key: string; found: Found } | undefined;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const parent = path[path.length - 1];
    path.push(name);
    const r = tag.attributes.r;
    if (name === 'row' && parent === 'sheetData') {
      // A row or cell without `r` follows the one before it, as readers place it.
      row = r !== undefined ? Number(r) - 1 : row + 1;
      col = -1;
    } else if (name === 'c' && parent === 'row' && path[path.length - 3] === 'sheetData') {
      const at = r !== undefined ? parseA1(r) : { row, col: col + 1 };
      col = at ? at.col : col + 1;
      const key = `${at ? at.row : row}:${col}`;
      cell = wanted.has(key) ? { key, found: { t: tag.attributes.t, v: '', f: undefined, is: '' } } : undefined;
    } else if (cell && name === 'f') cell.found.f = '';
  });
  const onText = (text: string): void => {
    if (!cell) return;
    const [here, above] = [path[path.length - 1], path[path.length - 2]];
    if (here === 'v' && above === 'c') cell.found.v += text;
    else if (here === 'f' && above === 'c') cell.found.f = (cell.found.f ?? '') + text;
    else if (here === 't' && (above === 'is' || (above === 'r' && path[path.length - 3] === 'is'))) cell.found.is += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (path.pop() === 'c' && cell) {
      found.set(cell.key, [...(found.get(cell.key) ?? []), cell.found]);
      cell = undefined;
    }
  });
  parser.write(xml).close();
  return found;
}

/** Whether a cell as read holds what the edit wrote. */
function holds(cell: Found, edit: Edit): boolean {
  if ((cell.f ?? undefined) !== edit.formula) return false;
  if (typeof edit.value === 'number') return (cell.t ?? 'n') === 'n' && cell.v.trim() !== '' && Number(cell.v) === edit.value;
  if (edit.formula !== undefined) return cell.t === 'str' && decodeExcelText(cell.v) === edit.value;
  return cell.t === 'inlineStr' && decodeExcelText(cell.is) === edit.value;
}

/** The edits of one sheet part and the sheet's name, for the message. */
export type WrittenSheet = { readonly name: string; readonly edits: ReadonlyArray<Edit> };

/**
 * The cells (A1) of each sheet that, read back from `bytes`, do not hold exactly what was written (missing, held
 * twice with another value, or a part that no longer parses); an empty map when every edit is there.
 */
export async function unwrittenCells(
  bytes: Uint8Array,
  sheets: ReadonlyMap<string, WrittenSheet>,
): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const missing = new Map<string, string[]>();
  for (const [part, sheet] of sheets) {
    const key = (e: Edit): string => `${e.ref.row}:${e.ref.col}`;
    let cells: Map<string, Found[]> | undefined;
    try {
      cells = cellsAt((await zip.file(part)?.async('string')) ?? '', new Set(sheet.edits.map(key)));
    } catch {
      cells = undefined; // not well-formed any more: nothing in it can be trusted
    }
    const bad = sheet.edits.filter((e) => {
      const read = cells?.get(key(e)) ?? [];
      return read.length === 0 || read.some((c) => !holds(c, e));
    });
    if (bad.length > 0)
      missing.set(
        sheet.name,
        bad.map((e) => a1(e.ref.row, e.ref.col)),
      );
  }
  return missing;
}
