import { builtInCode, quoteEscapes } from '../../../../src/workbook/xlsx/builtinFormats';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescapeXml = (text: string): string =>
  text.replace(
    /&(quot|apos|lt|gt|amp);/g,
    (_m, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[name] ?? '',
  );

/**
 * The old exceljs reader's step (kept with it for the comparison test until it goes):
 * styles.xml prepared for exceljs: escapes quoted (above), and a `<numFmt>` declared for every built-in id of
 * the table that the styles use without declaring it, so exceljs hands every cell its format code.
 * Undefined when nothing needs changing.
 */
export function prepareStyles(stylesXml: string): string | undefined {
  const requoted = stylesXml.replace(/(<numFmt\b[^>]*\bformatCode=")([^"]*)"/g, (_m, head: string, code: string) =>
    code.includes('\\') ? `${head}${escapeXml(quoteEscapes(unescapeXml(code)))}"` : `${head}${code}"`,
  );
  const used = new Set(Array.from(requoted.matchAll(/<xf\b[^>]*\bnumFmtId="(\d+)"/g), (m) => Number(m[1])));
  const declared = new Set(Array.from(requoted.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g), (m) => Number(m[1])));
  const missing = [...used].filter((id) => builtInCode(id) !== undefined && !declared.has(id));
  if (missing.length === 0) return requoted === stylesXml ? undefined : requoted;
  const entries = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(builtInCode(id)!)}"/>`).join('');
  if (/<numFmts\b[^>]*\/>/.test(requoted)) return requoted.replace(/<numFmts\b[^>]*\/>/, `<numFmts>${entries}</numFmts>`);
  if (/<numFmts\b[^>]*>/.test(requoted)) return requoted.replace(/<numFmts\b[^>]*>/, (open) => open + entries);
  return requoted.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts>${entries}</numFmts>`);
}
