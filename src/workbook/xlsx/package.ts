import type JSZip from 'jszip';
import { attr, findTag, rootPrefix } from './xmlTag';
import { unescapeXml } from './xmlText';

/**
 * The package's map, read the way Excel reads it: the workbook part from `_rels/.rels`, sheets and styles through
 * the workbook's relationships — never by guessing `sheet1.xml`, since sheet order, renames and other writers break that.
 */

export type Relationship = { readonly id: string; readonly type: string; readonly target: string };

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target (relative to the source part's folder, or absolute from the package root) → a zip entry name. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const step of target.replace(/^\//, '').split('/')) {
    if (step === '..') base.pop();
    else if (step !== '.' && step !== '') base.push(step);
  }
  return base.join('/');
}

/** Every relationship of a rels part's XML, external ones left out. */
export function readRelationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  for (let tag = findTag(xml, 'Relationship', 0); tag; tag = findTag(xml, 'Relationship', tag.end)) {
    const [id, type, target] = ['Id', 'Type', 'Target'].map((n) => unescapeXml(attr(tag!, n) ?? ''));
    if (attr(tag, 'TargetMode') !== 'External') found.push({ id, type, target });
  }
  return found;
}

/** The relationship type's last word: `.../relationships/worksheet` → `worksheet`. */
export const relKind = (rel: Relationship): string => rel.type.slice(rel.type.lastIndexOf('/') + 1);

export type SheetEntry = { readonly name: string; readonly part: string; readonly kind: string };

export type WorkbookMap = {
  readonly workbookPart: string;
  readonly relsPart: string;
  readonly sheets: ReadonlyArray<SheetEntry>;
  /** Workbook-level parts by relationship kind: `styles`, `calcChain`, `sharedStrings` … */
  readonly parts: ReadonlyMap<string, string>;
  readonly rels: ReadonlyArray<Relationship>;
};

/** A part's text; undefined when the package lacks it. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** The `r:id`-style attribute of a `<sheet>`: its prefix is whatever the writer bound to the relationships namespace. */
const relIdOf = (tag: { attrs: ReadonlyArray<{ name: string; value: string }> }): string | undefined =>
  tag.attrs.find((a) => /^[^:]+:id$/.test(a.name))?.value;

/** The workbook's parts and sheets; undefined when the package has no workbook part. */
export async function readWorkbookMap(zip: JSZip): Promise<WorkbookMap | undefined> {
  const rootRels = readRelationships((await partText(zip, '_rels/.rels')) ?? '');
  const office = rootRels.find((r) => relKind(r) === 'officeDocument');
  const workbookPart = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const workbookXml = await partText(zip, workbookPart);
  if (workbookXml === undefined) return undefined;
  const rels = readRelationships((await partText(zip, relsPath(workbookPart))) ?? '');
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetTag = `${rootPrefix(workbookXml, 'workbook') ?? ''}sheet`;
  for (let tag = findTag(workbookXml, sheetTag, 0); tag; tag = findTag(workbookXml, sheetTag, tag.end)) {
    const rel = byId.get(unescapeXml(relIdOf(tag) ?? ''));
    if (rel)
      sheets.push({
        name: unescapeXml(attr(tag, 'name') ?? ''),
        part: resolveTarget(workbookPart, rel.target),
        kind: relKind(rel),
      });
  }
  const parts = new Map(rels.map((r) => [relKind(r), resolveTarget(workbookPart, r.target)]));
  return { workbookPart, relsPart: relsPath(workbookPart), sheets, parts, rels };
}

/** VBA inside: the project part, or a macro-enabled content type anywhere in the package. */
export async function hasMacros(zip: JSZip): Promise<boolean> {
  if (Object.keys(zip.files).some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return true;
  return ((await partText(zip, '[Content_Types].xml')) ?? '').includes('macroEnabled');
}
