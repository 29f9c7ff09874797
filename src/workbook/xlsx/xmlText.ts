/** Text in and out of XML as OOXML writes it. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Raw attribute or element text → the string it stands for. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A string → XML text (element content or a double-quoted attribute). XML 1.0 cannot hold most control characters,
 * so they are written the way Excel writes them (`_x0007_`), and a literal `_xHHHH_` is guarded as `_x005F_xHHHH_`.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters: they are what gets escaped
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The reverse of escapeXml's `_xHHHH_` step, on text an XML parser has already unescaped. */
export const decodeExcelText = (text: string): string =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
