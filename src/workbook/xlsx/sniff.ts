import { drmProtected, unusable, type Unusable } from './unusable';

/**
 * What the first bytes say a file is, before any parser sees it: each unusable kind gets its own message
 * instead of one "invalid zip" from the zip library.
 */

const ZIP = [0x50, 0x4b]; // "PK": local file header (03 04), empty archive (05 06), spanned (07 08)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file: .xls, or an encrypted .xlsx

const startsWith = (bytes: Uint8Array, magic: ReadonlyArray<number>): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** A compound file's stream name as its directory writes it: UTF-16LE. */
const streamName = (name: string): number[] => Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
/** Encrypted OOXML is an OLE compound file holding an `EncryptionInfo` stream (MS-OFFCRYPTO). */
const ENCRYPTION_INFO = streamName('EncryptionInfo');
/**
 * An .xls holds its sheets in a `Workbook` stream (Excel 97 and later) or `Book` (Excel 5/95); stream names compare
 * without case, and some other writers spell them in capitals.
 */
const XLS_STREAMS = ['Workbook', 'Book', 'WORKBOOK', 'BOOK'].map(streamName);
/** A Word document or a Hangul (HWP 5) document: compound files too, and no workbook at all. */
const OTHER_DOCUMENTS = [streamName('WordDocument'), streamName('FileHeader'), streamName('PowerPoint Document')];

/**
 * Document-security (DRM) products used in Korean public offices wrap a protected file in their own container, which
 * names the product near its start: Fasoo (`<## FASOO`, and its DRM One `DRMONE`), SoftCamp (`SCDSA`), MarkAny.
 * The name is shown so that the clerk knows which program releases the file. Matched on the first bytes only.
 */
const DRM_PRODUCTS: ReadonlyArray<{ readonly mark: string; readonly product: string }> = [
  { mark: 'FASOO', product: 'Fasoo' },
  { mark: 'DRMONE', product: 'Fasoo DRM One' },
  { mark: 'SCDSA', product: 'SoftCamp' },
  { mark: 'MARKANY', product: 'MarkAny' },
];
const DRM_HEAD = 4096;

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

/** The DRM product whose mark the file's first bytes carry (ASCII, any case); undefined when none does. */
function drmProduct(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const b of bytes.subarray(0, DRM_HEAD)) head += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ' ';
  const upper = head.toUpperCase();
  return DRM_PRODUCTS.find((p) => upper.includes(p.mark))?.product;
}

/**
 * A compound file: an .xls, an Office file encrypted with a password, a Word or Hangul document, or a container
 * some DRM product made. One holding no workbook stream and no other document's is taken for a protected file,
 * which is what a Korean office PC most often hands over in one.
 */
function compoundFile(bytes: Uint8Array): Unusable {
  if (contains(bytes, ENCRYPTION_INFO)) return unusable('encrypted');
  const product = drmProduct(bytes);
  if (product !== undefined) return drmProtected(product);
  if (XLS_STREAMS.some((name) => contains(bytes, name))) return unusable('xls');
  if (OTHER_DOCUMENTS.some((name) => contains(bytes, name))) return unusable('notZip');
  return unusable('encrypted');
}

/** 'zip' when the bytes may be a workbook package; otherwise why they cannot be. */
export function sniff(bytes: Uint8Array): 'zip' | Unusable {
  if (bytes.length === 0) return unusable('empty');
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return compoundFile(bytes);
  const product = drmProduct(bytes);
  if (product !== undefined) return drmProtected(product);
  return unusable(looksLikeText(bytes) ? 'text' : 'notZip');
}
