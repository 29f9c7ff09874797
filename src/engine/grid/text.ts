/** Text as people type it in Korean workbooks, made comparable. */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** Anything normalizeText would change; most cells hold none of it, and one test is far cheaper than three replaces. */
const UNNORMAL = /[\uFF01-\uFF5E\u00A0\u2007\u202F\u3000\t\r\n\v\f]| {2}|^\s|\s$/;

/** NBSP/ideographic spaces, full-width ASCII, line breaks and tabs folded; spaces collapsed; trimmed. */
export function normalizeText(s: string): string {
  if (!UNNORMAL.test(s)) return s;
  return s
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00A0\u2007\u202F\u3000\t\r\n\v\f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** normalizeText without any space: how names are matched (`관리 자운영` = `관리자운영`). */
export const compactText = (s: string): string => normalizeText(s).replace(/ /g, '');
