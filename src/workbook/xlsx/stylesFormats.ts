import { builtInCode, quoteEscapes } from './builtinFormats';
import type { PackageParts } from './packageParts';

/**
 * The number format code of each cell style (`<cellXfs>` index → code), read from styles.xml's `<numFmts>` and
 * `<cellXfs>` only; undefined for General, as the Sheet contract wants. Fonts, fills and borders are never looked at.
 */
export type CellFormats = (styleIndex: number) => string | undefined;

const GENERAL = 'general';

export function readCellFormats(parts: PackageParts, name: string | undefined): CellFormats {
  const declared = new Map<number, string>();
  const xfFormats: number[] = [];
  let depth = 0;
  let cellXfsDepth = -1;
  if (name)
    parts.parse(name, {
      open: (tag, a) => {
        depth++;
        if (tag === 'numFmt') declared.set(parseInt(a.numFmtId ?? '', 10), a.formatCode ?? '');
        else if (tag === 'cellXfs') cellXfsDepth = depth;
        else if (tag === 'xf' && cellXfsDepth >= 0 && depth === cellXfsDepth + 1) xfFormats.push(parseInt(a.numFmtId ?? '0', 10));
      },
      text: () => undefined,
      close: (tag) => {
        if (tag === 'cellXfs') cellXfsDepth = -1;
        depth--;
      },
    });
  const codes = xfFormats.map((id) => {
    const raw = declared.get(id) ?? builtInCode(id);
    // A remaining backslash (inside quotes) escapes nothing a reader needs: dropped, as Excel shows the code.
    const code = raw === undefined ? undefined : quoteEscapes(raw).replace(/\\(.)/g, '$1');
    return code === undefined || code === '' || code.toLowerCase() === GENERAL ? undefined : code;
  });
  return (index) => codes[index];
}
