import { isReportMark, markedAreas, type MarkedArea } from '../reportMark';
import type { Relationship } from './package';
import type { PackageParts, XmlHandler } from './packageParts';

/** The small workbook-level parts, each read in one streamed pass: relationships, the workbook, shared strings. */

/** Every relationship of a rels part, external ones left out; none when the part is absent. */
export function readRels(parts: PackageParts, name: string): Relationship[] {
  const found: Relationship[] = [];
  parts.parse(name, {
    open: (tag, a) => {
      if (tag === 'Relationship' && a.TargetMode !== 'External')
        found.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '' });
    },
    text: () => undefined,
    close: () => undefined,
  });
  return found;
}

export type WorkbookSheet = { readonly name: string; readonly relId: string };
export type WorkbookXml = { readonly sheets: WorkbookSheet[]; readonly marks: MarkedArea[] };

/** The `r:id`-style attribute: its prefix is whatever the writer bound to the relationships namespace. */
const relIdOf = (a: Readonly<Record<string, string>>): string =>
  Object.entries(a).find(([name]) => /^[^:]+:id$/.test(name))?.[1] ?? '';

/**
 * The sheets in workbook order and perfplan's report marks (read here rather than as a name list: two sheets'
 * `perfplan.report.1`, a copied report sheet, are both kept with their scope).
 */
export function readWorkbookXml(parts: PackageParts, name: string): WorkbookXml {
  const sheets: WorkbookSheet[] = [];
  const marks: MarkedArea[] = [];
  let definedName: { name: string; text: string } | undefined;
  parts.parse(name, {
    open: (tag, a) => {
      if (tag === 'sheet') sheets.push({ name: a.name ?? '', relId: relIdOf(a) });
      else if (tag === 'definedName') definedName = { name: a.name ?? '', text: '' };
    },
    text: (t) => definedName && (definedName.text += t),
    close: (tag) => {
      if (tag !== 'definedName' || !definedName) return;
      if (isReportMark(definedName.name)) marks.push(...markedAreas(definedName.text));
      definedName = undefined;
    },
  });
  return { sheets, marks };
}

/** `_x000D_` and the like: how OOXML writes characters XML cannot hold. */
export const decodeEscapedChars = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * A string item's text (`<si>`, `<is>`): its `<t>` and its rich-text runs' `<t>` joined, phonetic guides (`<rPh>`,
 * furigana) left out as Excel shows them. `done` receives each item's text.
 */
export function stringItems(item: 'si' | 'is', done: (text: string) => void): XmlHandler {
  let text: string | undefined;
  let inT = false;
  let phonetic = 0;
  return {
    open: (tag) => {
      if (tag === item) text = '';
      else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && text !== undefined && phonetic === 0) inT = true;
    },
    text: (t) => {
      if (inT) text += t;
    },
    close: (tag) => {
      if (tag === 't') inT = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === item && text !== undefined) {
        done(decodeEscapedChars(text));
        text = undefined;
      }
    },
  };
}

export function readSharedStrings(parts: PackageParts, name: string | undefined): string[] {
  const strings: string[] = [];
  if (name)
    parts.parse(
      name,
      stringItems('si', (text) => strings.push(text)),
    );
  return strings;
}
