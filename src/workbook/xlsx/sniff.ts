import { unusable, type Unusable } from './unusable';

/**
 * What the first bytes say a file is, before any parser sees it: each unusable kind gets its own message
 * instead of one "invalid zip" from the zip library.
 */

const ZIP = [0x50, 0x4b]; // "PK": local file header (03 04), empty archive (05 06), spanned (07 08)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file: .xls, or an encrypted .xlsx

const startsWith = (bytes: Uint8Array, magic: ReadonlyArray<number>): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Encrypted OOXML is an OLE compound file holding an `EncryptionInfo` stream (MS-OFFCRYPTO); directory names are UTF-16LE. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, pattern: ReadonlyArray<number>): boolean {
  for (let i = bytes.indexOf(pattern[0]); i >= 0 && i + pattern.length <= bytes.length; i = bytes.indexOf(pattern[0], i + 1)) {
    if (pattern.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/**
 * Text has no NUL bytes and almost no control characters; this holds for UTF-8 and for CP949 (EUC-KR) CSV,
 * which Korean offices still export, so no decoding is attempted.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

/** 'zip' when the bytes may be a workbook package; otherwise why they cannot be. */
export function sniff(bytes: Uint8Array): 'zip' | Unusable {
  if (bytes.length === 0) return unusable('empty');
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return unusable(contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'xls');
  return unusable(looksLikeText(bytes) ? 'text' : 'notZip');
}
