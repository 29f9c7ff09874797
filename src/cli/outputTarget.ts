import { stat } from 'node:fs/promises';
import type { Message } from '../engine/edge';
import { OUTPUT } from './messages';

/** What stands at a path already, links followed: nothing, a regular file, or something a workbook must not replace. */
export type Existing = 'missing' | 'file' | 'directory' | 'device' | 'fifo' | 'socket' | 'other';

export async function existingKind(path: string): Promise<Existing> {
  const found = await stat(path).catch(() => undefined); // a dangling link names nothing yet: the link itself is replaced
  if (!found) return 'missing';
  if (found.isFile()) return 'file';
  if (found.isDirectory()) return 'directory';
  if (found.isCharacterDevice() || found.isBlockDevice()) return 'device';
  if (found.isFIFO()) return 'fifo';
  return found.isSocket() ? 'socket' : 'other';
}

/**
 * Why an output workbook may not be written at `path`; undefined when it may. Only a regular file (or nothing) is
 * ever replaced: a rename over /dev/null, a FIFO or a folder would replace the system's file or fail half-way. And an
 * output is an .xlsx, whatever it is called: perfplan writes no macros (.xlsm), CSV or other format.
 */
export async function outputRefusal(path: string): Promise<Message | undefined> {
  const kind = await existingKind(path);
  if (kind !== 'missing' && kind !== 'file') return OUTPUT.notRegular(path, kind);
  return /\.xlsx$/i.test(path) ? undefined : OUTPUT.notXlsx(path);
}
