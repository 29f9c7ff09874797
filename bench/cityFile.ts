import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetsToWorkbook } from '../src/workbook/xlsx/fromSheets';
import { citySheets } from './city';

/** A city plan of `departments` departments (document layout) written as an .xlsx file under `dir`; returns its path. */
export async function writeCityFile(dir: string, departments: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `city-${departments}.xlsx`);
  const bytes = await sheetsToWorkbook(citySheets(departments, 'document')).xlsx.writeBuffer();
  writeFileSync(path, new Uint8Array(bytes as ArrayBuffer));
  return path;
}
