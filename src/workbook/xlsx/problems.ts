import { josa, type Message } from '../../engine/edge';
import type { SheetProblem } from './sheetXml';

/** Why edits were not written back into a package; the original file is then left as it was. */
export type PatchProblem = Message & { readonly code: 'macro' | 'unsupported' | 'notWorkbook' };

export const macroProblem: PatchProblem = {
  code: 'macro',
  ko: '매크로가 포함된 통합 문서는 덮어쓰지 않습니다(매크로가 사라질 수 있습니다). 매크로 없는 .xlsx 복사본을 지정하세요.',
  en: 'A workbook with macros is not written over (its macros could be lost). Give a macro-free .xlsx copy.',
};

export const notWorkbook = (message: Message): PatchProblem => ({ code: 'notWorkbook', ko: message.ko, en: message.en });

const unsupported = (ko: string, en: string): PatchProblem => ({ code: 'unsupported', ko, en });

export const noSuchSheet = (sheet: string): PatchProblem =>
  unsupported(
    `'${sheet}' 시트를 통합 문서에서 찾을 수 없어 값을 쓰지 못했습니다.`,
    `Sheet '${sheet}' is not in the workbook, so nothing was written.`,
  );

export const notWorksheet = (sheet: string): PatchProblem =>
  unsupported(
    `${josa(`'${sheet}'`, '은/는')} 차트 시트 등 셀이 없는 시트라 값을 쓸 수 없습니다.`,
    `'${sheet}' is a chart sheet or another sheet without cells; values cannot be written there.`,
  );

export const badEdit = (sheet: string, cell: string): PatchProblem =>
  unsupported(
    `'${sheet}'!${cell}에 쓸 값이 올바른 숫자나 주소가 아닙니다.`,
    `The value or address for '${sheet}'!${cell} is not a valid number or cell.`,
  );

export const noStyles: PatchProblem = unsupported(
  '통합 문서에 셀 서식 표(xl/styles.xml)가 없어 표시 형식을 지정할 수 없습니다. Excel에서 다시 저장한 뒤 시도하세요.',
  'The workbook has no cell-style table (xl/styles.xml), so number formats cannot be set. Save it again in Excel and retry.',
);

/** The self-check after writing: read back, these cells do not hold what was written (a bug, never a success). */
export const notWrittenBack = (sheet: string, cells: ReadonlyArray<string>): PatchProblem => {
  const list = cells.length > 5 ? `${cells.slice(0, 5).join(', ')} …` : cells.join(', ');
  return unsupported(
    `쓴 파일을 다시 읽어 보니 '${sheet}' 시트의 ${list}에 쓴 값이 없어 파일을 쓰지 않았습니다. Excel에서 다시 저장한 뒤 시도하세요.`,
    `Read back, the written file does not hold the values written to ${list} on sheet '${sheet}', so no file was written. Save it again in Excel and retry.`,
  );
};

/** A worksheet part whose layout the surgery does not handle; the message names the sheet and, where known, the cell. */
export function sheetProblem(sheet: string, problem: SheetProblem): PatchProblem {
  const at = problem.cell ? `'${sheet}'!${problem.cell}` : `'${sheet}'`;
  switch (problem.reason) {
    case 'noSheetData':
      return unsupported(
        `'${sheet}' 시트의 셀 데이터(sheetData)를 찾지 못해 값을 쓰지 않았습니다.`,
        `No cell data (sheetData) was found in sheet '${sheet}'; nothing was written.`,
      );
    case 'noCellAddress':
      return unsupported(
        `${at} 부근 행·셀에 주소(r)가 없어 위치를 확정할 수 없습니다. Excel에서 다시 저장한 뒤 시도하세요.`,
        `Rows or cells near ${at} carry no address (r), so positions are uncertain. Save the file again in Excel and retry.`,
      );
    case 'spanningFormula':
      return unsupported(
        `${josa(at, '은/는')} 여러 셀에 걸친 수식(공유·배열 수식)의 시작 셀이라 덮어쓰지 않았습니다.`,
        `${at} starts a formula spanning several cells (shared or array formula), so it was not overwritten.`,
      );
    case 'noStyle':
      return unsupported(
        `${at}의 셀 서식을 서식 표에서 찾지 못해 표시 형식을 지정할 수 없습니다.`,
        `The style of ${at} is missing from the style table, so its number format cannot be set.`,
      );
  }
}
