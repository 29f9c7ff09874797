import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** `plan.xlsx` → `plan.bak.xlsx`, beside it. */
export const backupPath = (input: string): string => join(dirname(input), `${basename(input).replace(/\.xlsx$/i, '')}.bak.xlsx`);

/** A fresh temporary name beside `target`: same folder, same file system, so renaming it over `target` is atomic. */
const tempBeside = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/** Writes the bytes to a fresh temporary file beside `target` and flushes them to disk; returns its path. */
async function writeTemp(target: string, bytes: Uint8Array, mode: number | undefined): Promise<string> {
  const temp = tempBeside(target);
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

/** Renames `temp` over `target`, or removes it and raises the error. */
async function replaceWith(temp: string, target: string): Promise<void> {
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The file a path names, links followed; a path naming nothing yet (or a dangling link) is itself. */
const followed = (path: string): Promise<string> => realpath(path).catch(() => resolve(path));

/**
 * `<name>.bak.xlsx` beside the workbook, written as outputs are: a copy in a temporary file renamed over the backup
 * name. A link already standing there is replaced by the copy, never written through (its target stays as it was).
 */
async function writeBackup(workbook: string): Promise<void> {
  const backup = backupPath(workbook);
  const temp = tempBeside(backup);
  try {
    await copyFile(workbook, temp, constants.COPYFILE_EXCL);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await replaceWith(temp, backup);
}

/**
 * Writes an output workbook so that no reader ever sees a half-written file: the bytes go to a temporary file in the
 * target's folder (same file system, so the final rename is atomic) and replace the target only once complete.
 * A link is followed: the file it names is replaced and the link keeps naming it. In place, the input is first copied
 * to `<name>.bak.xlsx` beside that file, and the rename then replaces the input itself. Only a regular file is ever
 * replaced. If any step fails the input is left exactly as it was and the error is raised for the caller to report.
 */
export async function writeOutput(path: string, bytes: Uint8Array, opts: { inPlace: boolean; input: string }): Promise<void> {
  const target = await followed(opts.inPlace ? opts.input : path);
  if (!opts.inPlace && target === (await followed(opts.input)))
    throw new Error('writeOutput: the output names the input; pass inPlace to replace it');
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) throw new Error(`writeOutput: ${target} is not a regular file`);
  // Keep the input's permissions on the file that replaces it.
  const mode = opts.inPlace && existing ? existing.mode & 0o777 : undefined;
  const temp = await writeTemp(target, bytes, mode);
  try {
    if (opts.inPlace) await writeBackup(target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await replaceWith(temp, target);
}
