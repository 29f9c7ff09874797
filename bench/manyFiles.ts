import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetsToWorkbook } from '../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../test/fixtures/build';
import { cityPlans } from './city';
import { runProcess } from './timing';

const CLI = join(__dirname, '..', 'dist', 'cli', 'main.js');

/**
 * A 기획예산과's day: `files` department workbooks (one department each) in a folder, checked together by
 * `perfplan check <folder>` (worker threads) against the sum of one `perfplan check <file>` per file.
 */
export async function manyFiles(
  dir: string,
  files: number,
): Promise<{ together_ms: number; single_sum_ms: number; ratio: number }> {
  mkdirSync(dir, { recursive: true });
  const paths = await Promise.all(
    cityPlans(files).map(async (plan, i) => {
      const path = join(dir, `dept-${String(i + 1).padStart(2, '0')}.xlsx`);
      const bytes = await sheetsToWorkbook(buildWorkbook([plan], 'document').sheets).xlsx.writeBuffer();
      writeFileSync(path, new Uint8Array(bytes as ArrayBuffer));
      return path;
    }),
  );
  const together = runProcess(process.execPath, [CLI, 'check', dir]).ms;
  const singleSum = paths.reduce((sum, path) => sum + runProcess(process.execPath, [CLI, 'check', path]).ms, 0);
  return { together_ms: together, single_sum_ms: singleSum, ratio: together / singleSum };
}
