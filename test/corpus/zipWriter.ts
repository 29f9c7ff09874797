import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for hostile packages: each entry's stored bytes and declared size are given as they are to
 * appear, so an entry can be pre-compressed (a bomb built from repeated deflate blocks) or lie about its size,
 * which no zip library will write.
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

export function writeZip(entries: ReadonlyArray<RawEntry>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.stored ? 0 : 8, 10);
    dir.writeUInt32LE(e.crc ?? 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}
