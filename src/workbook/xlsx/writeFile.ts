import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** `plan.xlsx` → `plan.bak.xlsx`, beside it. */
export const backupPath = (input: string): string => join(dirname(input), `${basename(input).replace(/\.xlsx$/i, '')}.bak.xlsx`);

/** Writes the bytes to a fresh temporary file beside `target` and flushes them to disk; returns its path. */
async function writeTemp(target: string, bytes: Uint8Array, mode: number | undefined): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await open(temp, 'wx', mode);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await file.close();
  return temp;
}

/**
 * Writes an output workbook so that no reader ever sees a half-written file: the bytes go to a temporary file in the
 * target's folder (same file system, so the final rename is atomic) and replace the target only once complete.
 * In place, the input is first copied to `<name>.bak.xlsx`, and the rename then replaces the input itself; if any
 * step fails the input is left exactly as it was and the error is raised for the caller to report.
 */
export async function writeOutput(path: string, bytes: Uint8Array, opts: { inPlace: boolean; input: string }): Promise<void> {
  const target = opts.inPlace ? opts.input : path;
  if (!opts.inPlace && resolve(path) === resolve(opts.input))
    throw new Error('writeOutput: the output names the input; pass inPlace to replace it');
  // Keep the input's permissions on the file that replaces it.
  const mode = opts.inPlace ? (await stat(opts.input)).mode & 0o777 : undefined;
  const temp = await writeTemp(target, bytes, mode);
  try {
    if (opts.inPlace) await copyFile(opts.input, backupPath(opts.input));
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
