import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for hostile packages: each entry's stored bytes and declared size are given as they are to
 * appear, so an entry can be pre-compressed (a bomb built from repeated deflate blocks) or lie about its size,
 * which no zip library will write. With `zip64`, every size and offset goes through the ZIP64 records (as writers
 * do for packages past 4 GB, and some always), which fflate's zip writer cannot make.
 */
export type RawEntry = {
  readonly name: string;
  /** The entry's bytes as stored (deflated unless `stored`). */
  readonly data: Uint8Array;
  /** What the headers claim the entry inflates to. */
  readonly size: number;
  readonly crc?: number;
  readonly stored?: boolean;
};

/** An ordinary entry: deflated, with its true size and CRC. */
export const deflatedEntry = (name: string, content: Uint8Array): RawEntry => ({
  name,
  data: deflateRawSync(content),
  size: content.length,
  crc: crc32(content),
});

const SATURATED = 0xffffffff;

/** The ZIP64 extended-information extra field (id 1): the sizes, then (central directory only) the local offset. */
function zip64Extra(values: ReadonlyArray<number>): Buffer {
  const extra = Buffer.alloc(4 + values.length * 8);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(values.length * 8, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + i * 8));
  return extra;
}

export function writeZip(entries: ReadonlyArray<RawEntry>, options: { zip64?: boolean } = {}): Uint8Array {
  const zip64 = options.zip64 === true;
  const version = zip64 ? 45 : 20;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const localExtra = zip64 ? zip64Extra([e.size, e.data.length]) : Buffer.alloc(0);
    const centralExtra = zip64 ? zip64Extra([e.size, e.data.length, offset]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(zip64 ? SATURATED : e.data.length, 18);
    local.writeUInt32LE(zip64 ? SATURATED : e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(version, 4);
    dir.writeUInt16LE(version, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.stored ? 0 : 8, 10);
    dir.writeUInt32LE(e.crc ?? 0, 16);
    dir.writeUInt32LE(zip64 ? SATURATED : e.data.length, 20);
    dir.writeUInt32LE(zip64 ? SATURATED : e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt16LE(centralExtra.length, 30);
    dir.writeUInt32LE(zip64 ? SATURATED : offset, 42);
    chunks.push(local, name, localExtra, e.data);
    central.push(dir, name, centralExtra);
    offset += local.length + name.length + localExtra.length + e.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? SATURATED : size, 12);
  end.writeUInt32LE(zip64 ? SATURATED : offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, ...(zip64 ? zip64End(entries.length, size, offset) : []), end]));
}

/** The ZIP64 end of central directory record and its locator, between the directory and the classic end record. */
function zip64End(count: number, directorySize: number, directoryStart: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4); // the record's size after this field
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryStart + directorySize), 8);
  locator.writeUInt32LE(1, 16); // disks
  return [record, locator];
}
