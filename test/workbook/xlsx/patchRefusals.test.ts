import JSZip from 'jszip';
import type { Edit } from '../../../src/engine/recompute/edit';
import { patchXlsx } from '../../../src/workbook/xlsx/patch';
import { edit, planWorkbook, PLAN, withPart } from './patchFixture';

type Case = {
  name: string;
  input: () => Promise<Uint8Array>;
  edits?: Edit[];
  code: 'macro' | 'unsupported' | 'notWorkbook';
  says?: RegExp;
};

const plan = planWorkbook;
const anEdit = [edit(PLAN, 'D7', 1)];

const invalid: Case[] = [
  { name: 'text bytes', input: async () => new TextEncoder().encode('구분,목표\n1,2\n'), code: 'notWorkbook' },
  {
    name: 'a zip without a workbook',
    input: async () => new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' }),
    code: 'notWorkbook',
  },
  { name: 'a damaged zip', input: async () => (await plan()).slice(0, 200), code: 'notWorkbook' },
  {
    name: 'a workbook with a VBA project',
    input: async () => withPart(await plan(), 'xl/vbaProject.bin', () => 'VBA'),
    code: 'macro',
    says: /매크로가 포함된 통합 문서는 덮어쓰지 않습니다/,
  },
  {
    name: 'a macro-enabled content type (.xlsm)',
    input: async () =>
      withPart(await plan(), '[Content_Types].xml', (t) =>
        t.replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        ),
      ),
    code: 'macro',
  },
  {
    name: 'a macro workbook even with nothing to write',
    input: async () => withPart(await plan(), 'xl/vbaProject.bin', () => 'VBA'),
    edits: [],
    code: 'macro',
  },
  {
    name: 'a sheet the workbook lacks',
    input: plan,
    edits: [edit('없는 시트', 'A1', 1)],
    code: 'unsupported',
    says: /없는 시트/,
  },
  { name: 'a value that is not a finite number', input: plan, edits: [edit(PLAN, 'A1', Number.NaN)], code: 'unsupported' },
  {
    name: 'a negative row',
    input: plan,
    edits: [{ ...edit(PLAN, 'A1', 1), ref: { sheet: PLAN, row: -1, col: 0 } }],
    code: 'unsupported',
  },
  {
    name: 'the master cell of a shared formula',
    input: async () =>
      withPart(await plan(), 'xl/worksheets/sheet1.xml', (t) =>
        t.replace('<f>C7*2</f>', '<f t="shared" ref="C8:C9" si="0">C7*2</f>'),
      ),
    edits: [edit(PLAN, 'C8', 1)],
    code: 'unsupported',
    says: /C8/,
  },
  {
    name: 'a chart sheet',
    input: async () =>
      withPart(await plan(), 'xl/_rels/workbook.xml.rels', (t) =>
        t.replace(
          'relationships/worksheet" Target="worksheets/sheet1.xml',
          'relationships/chartsheet" Target="worksheets/sheet1.xml',
        ),
      ),
    code: 'unsupported',
  },
  {
    name: 'a row without its number',
    input: async () => withPart(await plan(), 'xl/worksheets/sheet1.xml', (t) => t.replace('<row r="7"', '<row')),
    code: 'unsupported',
  },
];

describe('patchXlsx refuses what it cannot write faithfully, as a value', () => {
  it.each(invalid)('$name → $code', async ({ input, edits = anEdit, code, says }) => {
    const result = await patchXlsx(await input(), edits);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(result.problem.ko).toMatch(/[가-힣]/);
    expect(result.problem.en).toMatch(/[a-z]/);
    if (says) expect(result.problem.ko).toMatch(says);
  });
});
