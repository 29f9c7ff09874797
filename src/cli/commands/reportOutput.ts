import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Message } from '../../engine/edge';
import type { ReportTable } from '../../engine';
import { writeOutput } from '../../workbook/xlsx/writeFile';

export const REPORT_OUTPUT: Record<'sameFile' | 'unopenable', Message> = {
  sameFile: {
    ko: '출력 파일이 입력 파일과 같습니다. 보고서는 새 파일로만 씁니다.',
    en: 'The output file is the input file. Reports are only written to a new file.',
  },
  unopenable: {
    ko: '입력 파일에 시트를 더할 수 없습니다(exceljs가 열지 못함).',
    en: 'Cannot add a sheet to the input file (exceljs cannot open it).',
  },
};

export const reportWritten = (sheet: string, count: number, path: string): Message => ({
  ko: `'${sheet}' 시트에 표 ${count}개를 썼습니다: ${path}`,
  en: `Wrote ${count} ${count === 1 ? 'table' : 'tables'} on the sheet '${sheet}': ${path}`,
});

const writeFailed = (path: string, detail: string): Message => ({
  ko: `출력 파일을 쓰지 못했습니다(${path}): ${detail}. 입력 파일은 그대로입니다.`,
  en: `Could not write the output file (${path}): ${detail}. The input file is unchanged.`,
});

/**
 * A copy of the input with one more sheet holding `tables`, written atomically to `output`. exceljs writes the copy
 * (the patch writer edits cells of existing sheets only), so parts exceljs does not model, such as charts, are not
 * carried over; the input itself is never touched. Returns the sheet's name, or why nothing was written.
 */
export async function writeReportSheet(
  input: string,
  output: string,
  sheetName: string,
  tables: ReadonlyArray<ReportTable>,
): Promise<{ sheet: string } | { problem: Message }> {
  try {
    // exceljs is loaded only when a report is written: a plain check starts without it (about 0.3 s less).
    const { addReportSheet } = await import('../../workbook/xlsx/renderReport');
    const added = await addReportSheet(await readFile(input), sheetName, tables);
    if (!added.ok) return { problem: REPORT_OUTPUT.unopenable };
    await mkdir(dirname(resolve(output)), { recursive: true });
    await writeOutput(output, added.bytes, { inPlace: false, input });
    return { sheet: added.sheet };
  } catch (e) {
    return { problem: writeFailed(output, e instanceof Error ? e.message : String(e)) };
  }
}
