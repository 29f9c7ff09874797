import JSZip from 'jszip';
import { escapeXml, unescapeXml } from './xmlText';

/**
 * exceljs writes every hyperlink with an external relationship, even one inside the workbook (`'시트'!D7`): Excel
 * follows its `location`, but LibreOffice follows the relationship and opens `file:///…/'시트'!D7`. This rewrites a
 * written package so each link to a cell of the workbook is a bare `location` and its relationship is gone; links
 * to anything else (web pages, files) stay as they are.
 */

/** `'정보 홍보'!D7`, `시트!B2:C4`: a reference inside the workbook, not a URL or a path. */
const CELL_TARGET = /^(?:'(?:[^']|'')+'|[^'!\s/\\:]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const SHEET_RELS = /^xl\/worksheets\/_rels\/([^/]+\.xml)\.rels$/;

const attributes = (element: string): Map<string, string> =>
  new Map([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], unescapeXml(m[2])]));

/** The relationships of one sheet that are really cell references, by id; and the rels part without them. */
function cellLinks(rels: string): { targets: Map<string, string>; rels: string } {
  const targets = new Map<string, string>();
  const kept = rels.replace(/<Relationship\b[^>]*\/>/g, (element) => {
    const a = attributes(element);
    const target = a.get('Target') ?? '';
    if (!a.get('Type')?.endsWith('/hyperlink') || !CELL_TARGET.test(target)) return element;
    targets.set(a.get('Id')!, target);
    return '';
  });
  return { targets, rels: kept };
}

/** Each `<hyperlink r:id>` whose relationship is a cell reference, as `<hyperlink location>` with no relationship. */
const relink = (sheet: string, targets: ReadonlyMap<string, string>): string =>
  sheet.replace(/<hyperlink\b[^>]*\/>/g, (element) => {
    const a = attributes(element);
    const target = targets.get(a.get('r:id') ?? '');
    if (target === undefined) return element;
    a.delete('r:id');
    a.set('location', a.get('location') ?? target);
    return `<hyperlink ${[...a].map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ')}/>`;
  });

export async function internalLinks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    const sheetName = SHEET_RELS.exec(path)?.[1];
    const sheetPath = sheetName && `xl/worksheets/${sheetName}`;
    if (!sheetPath || !zip.file(sheetPath)) continue;
    const { targets, rels } = cellLinks(await zip.file(path)!.async('string'));
    if (targets.size === 0) continue;
    zip.file(path, rels);
    zip.file(sheetPath, relink(await zip.file(sheetPath)!.async('string'), targets));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}
