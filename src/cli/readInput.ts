import { readFile } from 'node:fs/promises';
import { readXlsx, type XlsxRead } from '../workbook/xlsx/read';
import { unusable } from '../workbook/xlsx/unusable';

/** A workbook file from disk; a missing or unreadable path is an unusable input like any other, never a throw. */
export async function readInput(path: string): Promise<XlsxRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: unusable(code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'unreadable') };
  }
  return readXlsx(bytes);
}
