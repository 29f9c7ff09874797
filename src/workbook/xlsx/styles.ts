import { attr, elementEnd, findTag, innerOf, readTag, rootPrefix, withAttr, writeStartTag, type Tag } from './xmlTag';
import { escapeXml, unescapeXml } from './xmlText';

/**
 * Number formats for edited cells, added to xl/styles.xml by surgery on `<numFmts>` and `<cellXfs>` only.
 * A new cell style is a clone of the cell's own (font, fill, border, alignment kept) with the new format.
 */

/** Formats Excel knows by id without a `<numFmt>` entry (ECMA-376 §18.8.30); writing them as custom ids would duplicate them. */
const BUILT_IN: ReadonlyMap<string, number> = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['0.00E+00', 11],
  ['@', 49],
]);

/** Custom format ids start here; lower ids are reserved for built-ins. */
const FIRST_CUSTOM = 164;

type Span = { readonly start: number; readonly end: number };
type Part = Span & { readonly tag: Tag; readonly text: string };

function children(xml: string, parent: Part | undefined, name: string): Part[] {
  if (!parent || parent.tag.selfClosing) return [];
  const found: Part[] = [];
  for (let tag = findTag(xml, name, parent.tag.end, parent.end); tag; tag = findTag(xml, name, tag.end, parent.end)) {
    const end = elementEnd(xml, tag);
    found.push({ tag, start: tag.start, end, text: xml.slice(tag.start, end) });
  }
  return found;
}

function element(xml: string, name: string): Part | undefined {
  const tag = findTag(xml, name, 0);
  if (!tag) return undefined;
  const end = elementEnd(xml, tag);
  return end < 0 ? undefined : { tag, start: tag.start, end, text: xml.slice(tag.start, end) };
}

/** A list element with `added` entries appended and its count attribute brought up to date. */
function grown(xml: string, list: Part | undefined, name: string, count: number, added: ReadonlyArray<string>): string {
  const attrs = withAttr(list?.tag.attrs ?? [], 'count', String(count));
  const kept = list ? innerOf(xml, list.tag, list.end) : '';
  return `${writeStartTag(name, attrs)}${kept}${added.join('')}</${name}>`;
}

/** The cell-style table of one styles part, growing as edits ask for formats; `xml()` writes it back. */
export type StyleBook = {
  /** The cellXfs index to give a cell whose style is `base` so it shows `numFmt`; undefined when the part has no such style. */
  styleFor(base: number, numFmt: string): number | undefined;
  xml(): string;
};

export function openStyles(xml: string): StyleBook | undefined {
  const p = rootPrefix(xml, 'styleSheet');
  const root = p === undefined ? undefined : findTag(xml, `${p}styleSheet`, 0);
  const cellXfs = element(xml, `${p}cellXfs`);
  if (p === undefined || !root || !cellXfs) return undefined;
  const numFmts = element(xml, `${p}numFmts`);
  const fmts = children(xml, numFmts, `${p}numFmt`).map((e) => ({
    id: Number(attr(e.tag, 'numFmtId')),
    code: unescapeXml(attr(e.tag, 'formatCode') ?? ''),
  }));
  const xfs = children(xml, cellXfs, `${p}xf`).map((e) => e.text);
  const addedFmts: string[] = [];
  const addedXfs: string[] = [];

  function formatId(code: string): number {
    const known = BUILT_IN.get(code) ?? fmts.find((f) => f.code === code)?.id;
    if (known !== undefined) return known;
    const id = Math.max(FIRST_CUSTOM - 1, ...fmts.map((f) => f.id).filter(Number.isFinite)) + 1;
    fmts.push({ id, code });
    addedFmts.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  function styleFor(base: number, numFmt: string): number | undefined {
    const baseXf = xfs[base];
    if (baseXf === undefined) return undefined;
    const tag = readTag(baseXf, 0)!;
    const id = formatId(numFmt);
    if (Number(attr(tag, 'numFmtId') ?? 0) === id) return base;
    const attrs = withAttr(withAttr(tag.attrs, 'numFmtId', String(id)), 'applyNumberFormat', '1');
    // Reusing an identical xf keeps one style per (base style, format) pair, across edits and across runs.
    const clone = writeStartTag(tag.name, attrs, tag.selfClosing) + baseXf.slice(tag.end);
    const same = xfs.indexOf(clone);
    if (same >= 0) return same;
    xfs.push(clone);
    addedXfs.push(clone);
    return xfs.length - 1;
  }

  /** `<numFmts>` with the added formats; created right after the root tag (its first allowed place) when absent. */
  const numFmtsXml = (): string => grown(xml, numFmts, `${p}numFmts`, fmts.length, addedFmts);

  return {
    styleFor,
    xml() {
      if (addedXfs.length === 0 && addedFmts.length === 0) return xml;
      const xfsDone =
        xml.slice(0, cellXfs.start) + grown(xml, cellXfs, cellXfs.tag.name, xfs.length, addedXfs) + xml.slice(cellXfs.end);
      if (addedFmts.length === 0) return xfsDone;
      const [at, upTo] = numFmts ? [numFmts.start, numFmts.end] : [root.end, root.end];
      return xfsDone.slice(0, at) + numFmtsXml() + xfsDone.slice(upTo);
    },
  };
}
