import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliEngine } from '../../src/cli/engine';
import type { Deps } from '../../src/cli/deps';
import { readInput } from '../../src/cli/readInput';
import type { Io } from '../../src/cli/io';
import type { Finding, FindingBody, Severity } from '../../src/engine/findings/finding';
import type { RuleMessage } from '../../src/engine/findings/ruleRegistry';
import { cellRef } from '../../src/engine/grid/cellRef';
import type { Plan, TableInfo } from '../../src/engine/model/plan';
import type { Edit } from '../../src/engine/recompute/edit';

/** An engine that answers with given tables, findings and edits, so CLI tests do not wait on detection and rules. */
export const fakeEngine = (tables: TableInfo[], findings: Finding[] = [], edits: Edit[] = []): CliEngine => {
  const plan: Plan = { tables, departments: [] };
  const checked = { tables: tables.length, relations: tables.length };
  return { check: () => ({ plan, findings, checked }), recompute: () => ({ plan, edits, left: [], findings, checked }) };
};

export const depsWith = (engine: CliEngine): Deps => ({ engine: async () => engine, read: readInput });

export const captureIo = () => {
  const out = { stdout: '', stderr: '' };
  const io: Io = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  return { io, out };
};

export const T3: TableInfo = {
  kind: 'T3',
  sheet: '예산현황',
  range: { top: 4, left: 1, bottom: 11, right: 7 },
  department: '정보홍보실',
  unread: [{ ref: cellRef('예산현황', 6, 3), messageId: 'notNumber', ko: '숫자가 아닙니다: 미정', en: 'not a number: 미정' }],
};

export const finding = (
  severity: Severity,
  sheet: string,
  row: number,
  col: number,
  extra: Partial<FindingBody> | (Partial<FindingBody> & RuleMessage) = {},
): Finding => ({
  severity,
  rule: 't3.share',
  messageId: 'mismatch',
  ref: cellRef(sheet, row, col),
  cells: [cellRef(sheet, row, col), cellRef(sheet, row, col - 1)],
  message: { ko: '구성비가 맞지 않습니다', en: 'share does not match' },
  stated: 86,
  expected: 86.97,
  interval: [86.93, 87.01],
  ...extra,
});

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'perfplan-cli-'));

/** A small readable workbook on disk: the fake engine decides what is in it. */
export async function workbookFile(dir: string, name = '성과계획서.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('예산현황').getCell('B2').value = '< 예산현황 >';
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}
