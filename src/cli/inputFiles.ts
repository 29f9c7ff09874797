import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Whether a path is a folder (a missing path is not: it is reported as a file that is not found). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Excel's lock file for an open workbook (`~$계획.xlsx`) is no workbook. */
const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith('~$');

/** The files a run checks: each file as given, each folder's .xlsx files by name (not its subfolders). */
export async function inputFiles(paths: ReadonlyArray<string>): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true })).filter((e) => e.isFile() && isWorkbookName(e.name));
    files.push(
      ...names
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b))
        .map((n) => join(path, n)),
    );
  }
  return files;
}
