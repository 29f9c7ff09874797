import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Damaged copies of a real workbook (examples/seed.xlsx): cut short, bytes flipped, a stretch zeroed, parts edited. */

export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', 'seed.xlsx')));

export type Damage = 'truncate' | 'flip' | 'zero';

/** `at` in [0, 1): where in the file the damage starts. */
export function damage(bytes: Uint8Array, kind: Damage, at: number): Uint8Array {
  const pos = Math.floor(at * bytes.length);
  if (kind === 'truncate') return bytes.slice(0, pos);
  const out = bytes.slice();
  if (kind === 'flip') for (let i = pos; i < Math.min(out.length, pos + 16); i += 4) out[i] ^= 0xff;
  else out.fill(0, pos, pos + 256);
  return out;
}

const u32 = (bytes: Uint8Array, at: number, value: number): void =>
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);

/**
 * The zip directory intact but one entry's declared size wrong, in both its local and central headers: JSZip opens
 * the archive and only fails when it inflates that entry.
 */
export function wrongEntrySize(bytes: Uint8Array, entry: string): Uint8Array {
  const out = bytes.slice();
  const name = new TextEncoder().encode(entry);
  const nameAt = (i: number, offset: number) => name.every((b, k) => out[i + offset + k] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out[i] | (out[i + 1] << 8) | (out[i + 2] << 16) | (out[i + 3] << 24);
    if (sig === 0x04034b50 && nameAt(i, 30)) u32(out, i + 22, 7);
    if (sig === 0x02014b50 && nameAt(i, 46)) u32(out, i + 24, 7);
  }
  return out;
}

/** The package with one part rewritten. */
export async function withPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, edit((await zip.file(path)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array' });
}
