/**
 * Number format codes for the built-in ids a file may use without writing their code (ECMA-376 §18.8.30), as
 * Excel (ko-KR) shows them. Accounting 41–44 read as `#,##0` (the domain's rule).
 */
const WON = '"₩"';
const BUILT_IN_CODES: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: `${WON}#,##0;${WON}-#,##0`,
  6: `${WON}#,##0;[Red]${WON}-#,##0`,
  7: `${WON}#,##0.00;${WON}-#,##0.00`,
  8: `${WON}#,##0.00;[Red]${WON}-#,##0.00`,
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
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
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  41: '#,##0',
  42: '#,##0',
  43: '#,##0',
  44: '#,##0',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
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

export const builtInCode = (id: number): string | undefined => BUILT_IN_CODES[id];

/**
 * A backslash-escaped literal quoted instead (`0.0\%` → `0.0"%"`): the same to Excel, and the form every reader
 * (numfmt, the engine's format reading) takes as a literal rather than a percent.
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
