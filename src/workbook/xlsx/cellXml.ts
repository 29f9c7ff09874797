import type { Edit } from '../../engine/edge';
import { attr, findTag, withAttr, writeStartTag, type Attr, type Tag } from './xmlTag';
import { escapeXml } from './xmlText';

/** One `<c>` element as found in a row: its start tag and its content. */
export type CellElement = { readonly tag: Tag; readonly inner: string };

/**
 * Why an existing cell cannot be rewritten alone: a shared-formula master or an array / data-table formula
 * spans other cells, and replacing it would leave those cells pointing at nothing (Excel then "repairs" the file).
 */
export function spanningFormula(cell: CellElement, prefix: string): boolean {
  const f = findTag(cell.inner, `${prefix}f`, 0);
  if (!f) return false;
  const kind = attr(f, 't');
  return kind === 'array' || kind === 'dataTable' || (kind === 'shared' && attr(f, 'ref') !== undefined);
}

export const holdsFormula = (cell: CellElement | undefined, prefix: string): boolean =>
  cell !== undefined && findTag(cell.inner, `${prefix}f`, 0) !== undefined;

/** A number as `<v>` holds it: shortest round-trip text, which Excel reads back to the same double. */
const numberText = (n: number): string => String(n);

const preserveSpace = (text: string): string => (/^\s|\s$/.test(text) ? ' xml:space="preserve"' : '');

/** The cell's value and type: a number as `<v>`, text inline (`inlineStr`) so sharedStrings.xml stays untouched, a formula with its cached result. */
function content(edit: Edit, p: string): { t: string | undefined; body: string } {
  const { value, formula } = edit;
  if (formula !== undefined) {
    const f = `<${p}f>${escapeXml(formula)}</${p}f>`;
    if (typeof value === 'number') return { t: undefined, body: `${f}<${p}v>${numberText(value)}</${p}v>` };
    return { t: 'str', body: `${f}<${p}v${preserveSpace(value)}>${escapeXml(value)}</${p}v>` };
  }
  if (typeof value === 'number') return { t: undefined, body: `<${p}v>${numberText(value)}</${p}v>` };
  return { t: 'inlineStr', body: `<${p}is><${p}t${preserveSpace(value)}>${escapeXml(value)}</${p}t></${p}is>` };
}

/** An extension list the cell carried; kept, since it is neither value nor type. */
const extensions = (inner: string, p: string): string =>
  new RegExp(`<${p}extLst[\\s>][\\s\\S]*</${p}extLst>`).exec(inner)?.[0] ?? '';

/**
 * The cell rewritten for `edit`: its other attributes kept in order, `t` set for the new kind (a stale type or cached
 * value never survives), `s` set to `style` when given. `cm`/`vm` (dynamic-array and rich-value metadata) describe
 * the old content, so they go with it.
 */
export function writeCell(
  existing: CellElement | undefined,
  address: string,
  edit: Edit,
  style: number | undefined,
  p: string,
): string {
  const { t, body } = content(edit, p);
  let attrs: Attr[] = existing ? [...existing.tag.attrs] : [{ name: 'r', value: address, quote: '"' }];
  attrs = withAttr(attrs, 'r', address);
  if (style !== undefined) attrs = withAttr(attrs, 's', style === 0 && !attr({ attrs }, 's') ? undefined : String(style));
  attrs = withAttr(withAttr(withAttr(attrs, 't', t), 'cm', undefined), 'vm', undefined);
  return `${writeStartTag(`${p}c`, attrs)}${body}${existing ? extensions(existing.inner, p) : ''}</${p}c>`;
}
