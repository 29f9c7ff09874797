import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { readXlsx, type XlsxRead } from '../workbook/xlsx/read';
import { MAX_FILE_BYTES } from '../workbook/xlsx/readLimits';
import { unusable, type UnusableCode } from '../workbook/xlsx/unusable';

const failed = (code: UnusableCode): XlsxRead => ({ ok: false, problem: unusable(code) });

/** Why the path cannot be opened, by the error Node reports. */
function openProblem(e: unknown): UnusableCode {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'notFound';
  if (code === 'EISDIR') return 'directory';
  if (code === 'ELOOP') return 'linkLoop';
  return 'unreadable';
}

/** At most `limit` + 1 bytes: one more than allowed says the file is too large without reading the rest. */
async function readCapped(file: FileHandle, size: number, limit: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(Math.min(size, limit) + 1);
  let filled = 0;
  for (;;) {
    const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0 || (filled += bytesRead) === buffer.length) break;
  }
  return buffer.subarray(0, filled);
}

/**
 * A workbook file from disk; a missing or unreadable path is an unusable input like any other, never a throw. Only
 * a regular file is read, and never past MAX_FILE_BYTES: a FIFO would block forever and /dev/zero never ends.
 * Opened non-blocking so that a FIFO is seen for what it is at once; links are followed to the real file.
 */
export async function readInput(path: string): Promise<XlsxRead> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return failed(openProblem(e));
  }
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) return failed('directory');
    if (!stat.isFile()) return failed('notRegular');
    if (stat.size > MAX_FILE_BYTES) return failed('fileTooLarge');
    const bytes = await readCapped(file, stat.size, MAX_FILE_BYTES);
    if (bytes.length > MAX_FILE_BYTES) return failed('fileTooLarge'); // grew while being read
    return await readXlsx(bytes);
  } catch (e) {
    return failed(openProblem(e));
  } finally {
    await file.close();
  }
}
