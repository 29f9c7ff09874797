import { check, recompute, type Finding } from '../../../src/engine/index';
import { headline } from '../../../src/engine/edge';
import type { Sheet } from '../../../src/engine/grid/sheet';
import type { Edit } from '../../../src/engine/recompute/edit';
import { sheetsToWorkbook } from '../../../src/workbook/xlsx/fromSheets';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { buildWorkbook, variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';

/** The seed plan as the document lays it out, with one typo: 예산현황's 계 예산액 written 1,800 instead of 1,723. */
export const brokenSheets = (): Sheet[] =>
  buildWorkbook([variant(SEED, (p) => void (p.budget.계.budget = 1800))], 'document').sheets;
export const cleanSheets = (): Sheet[] => buildWorkbook([SEED], 'document').sheets;

export const xlsxBytes = async (sheets: Sheet[]): Promise<Buffer> =>
  Buffer.from(await sheetsToWorkbook(sheets).xlsx.writeBuffer());

export async function sheetsOf(bytes: Uint8Array): Promise<Sheet[]> {
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error(`unreadable workbook: ${read.problem.en}`);
  return read.sheets;
}

/** What the pane should show, computed in node by the same engine over the same bytes. */
export type Expected = { findings: Finding[]; errors: Finding[]; edits: Edit[]; errorsAfter: number };

export function expectedFor(sheets: ReadonlyArray<Sheet>): Expected {
  const { findings } = check(sheets);
  const after = recompute(sheets);
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error'),
    edits: after.edits,
    errorsAfter: after.findings.filter((f) => f.severity === 'error').length,
  };
}

export const count = (findings: ReadonlyArray<Finding>, severity: Finding['severity']): number =>
  findings.filter((f) => f.severity === severity).length;

/** The verdict line the pane should open with, from the same engine over the same sheets. */
export const verdictOf = (sheets: ReadonlyArray<Sheet>): string => {
  const { findings, checked } = check(sheets);
  return headline(findings, checked).message.ko;
};
