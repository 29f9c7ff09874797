/**
 * Built-in number format ids a file may use without writing their code. exceljs knows only some of them and
 * reads the rest as General, which would lose what the cell shows; these are the rest, as Excel (ko-KR) shows them.
 * Accounting 41–44 read as `#,##0` (the domain's rule).
 */
const WON = '"₩"';
const BUILTIN_CODES: Readonly<Record<number, string>> = {
  5: `${WON}#,##0;${WON}-#,##0`,
  6: `${WON}#,##0;[Red]${WON}-#,##0`,
  7: `${WON}#,##0.00;${WON}-#,##0.00`,
  8: `${WON}#,##0.00;[Red]${WON}-#,##0.00`,
  27: 'yyyy"年" mm"月" dd"日"',
  28: 'mm-dd',
  29: 'mm-dd',
  30: 'mm-dd-yy',
  31: 'yyyy"년" mm"월" dd"일"',
  32: 'h"시" mm"분"',
  33: 'h"시" mm"분" ss"초"',
  34: 'yyyy-mm-dd',
  35: 'yyyy-mm-dd',
  36: 'yyyy"年" mm"月" dd"日"',
  41: '#,##0',
  42: '#,##0',
  43: '#,##0',
  44: '#,##0',
  50: 'yyyy"年" mm"月" dd"日"',
  51: 'mm-dd',
  52: 'yyyy-mm-dd',
  53: 'yyyy-mm-dd',
  54: 'mm-dd',
  55: 'yyyy-mm-dd',
  56: 'yyyy-mm-dd',
  57: 'yyyy"年" mm"月" dd"日"',
  58: 'mm-dd',
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescapeXml = (text: string): string =>
  text.replace(
    /&(quot|apos|lt|gt|amp);/g,
    (_m, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[name] ?? '',
  );

/**
 * exceljs drops every backslash of a format code on reading, which turns `0.0\%` (a literal %) into `0.0%`
 * (a percent, ×100); a quoted literal means the same to Excel and survives.
 */
export function quoteEscapes(code: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < code.length && code[i + 1] !== '"') out += `"${code[++i]}"`;
    else out += ch;
  }
  return out;
}

/**
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
  const missing = [...used].filter((id) => BUILTIN_CODES[id] !== undefined && !declared.has(id));
  if (missing.length === 0) return requoted === stylesXml ? undefined : requoted;
  const entries = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(BUILTIN_CODES[id])}"/>`).join('');
  if (/<numFmts\b[^>]*\/>/.test(requoted)) return requoted.replace(/<numFmts\b[^>]*\/>/, `<numFmts>${entries}</numFmts>`);
  if (/<numFmts\b[^>]*>/.test(requoted)) return requoted.replace(/<numFmts\b[^>]*>/, (open) => open + entries);
  return requoted.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts>${entries}</numFmts>`);
}
