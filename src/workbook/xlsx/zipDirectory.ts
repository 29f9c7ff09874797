import { strFromU8 } from 'fflate';

/**
 * The zip's central directory: every entry's name, method, sizes and where its data starts. fflate inflates but
 * exposes no random access to a package, and the reader needs it: the workbook, its strings and styles are read
 * before the worksheets, whatever order the writer stored them in, and every entry it does not need (images,
 * printer settings, custom XML) is never touched.
 */

export type ZipEntry = {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is unreadable here. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** What the directory claims; a lie is caught while inflating. */
  readonly size: number;
  readonly localOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u64 = (v: DataView, at: number): number => v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;

function findEocd(v: DataView): number {
  for (let at = v.byteLength - 22; at >= Math.max(0, v.byteLength - 22 - MAX_COMMENT); at--) {
    if (v.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Where the central directory starts and how many entries it holds, ZIP64 records included. */
function directoryOf(v: DataView, eocd: number): { start: number; count: number } {
  let count = v.getUint16(eocd + 10, true);
  let start = v.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || start === 0xffffffff) && locator >= 0 && v.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = u64(v, locator + 8);
    if (record + 56 <= v.byteLength && v.getUint32(record, true) === ZIP64_EOCD) {
      count = u64(v, record + 32);
      start = u64(v, record + 48);
    }
  }
  return { start, count };
}

/** The ZIP64 extra field's sizes and offset, for the header fields saturated at 0xffffffff. */
function zip64Sizes(
  v: DataView,
  extra: number,
  extraEnd: number,
  fields: { size: number; compressedSize: number; localOffset: number },
): void {
  for (let at = extra; at + 4 <= extraEnd; at += 4 + v.getUint16(at + 2, true)) {
    if (v.getUint16(at, true) !== 1) continue;
    let p = at + 4;
    for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
      if (fields[key] !== 0xffffffff) continue;
      if (p + 8 > extraEnd) return;
      fields[key] = u64(v, p);
      p += 8;
    }
    return;
  }
}

/** A UTF-8 entry name, separators as '/'; undefined when the bytes are no UTF-8 (fflate's decoder works without TextDecoder). */
function entryName(bytes: Uint8Array): string | undefined {
  try {
    return strFromU8(bytes).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

/** Every entry by name; undefined when the bytes hold no readable directory (a damaged or cut zip). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  if (bytes.length < 22) return undefined;
  const v = view(bytes);
  const eocd = findEocd(v);
  if (eocd < 0) return undefined;
  const { start, count } = directoryOf(v, eocd);
  const entries = new Map<string, ZipEntry>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) return undefined;
    const fields = {
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
    };
    zip64Sizes(v, nameStart + nameLength, nameStart + nameLength + extraLength, fields);
    const name = entryName(bytes.subarray(nameStart, nameStart + nameLength));
    if (name === undefined) return undefined;
    entries.set(name, {
      name,
      method: v.getUint16(at + 10, true),
      encrypted: (v.getUint16(at + 8, true) & 1) === 1,
      ...fields,
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's stored (compressed) bytes, located through its local header; undefined when they lie outside the file. */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const v = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}
