import type { Finding, Severity } from '../../src/engine/findings/finding';
import { cellRef } from '../../src/engine/grid/cellRef';
import type { TableInfo } from '../../src/engine/model/plan';
import { byDepartment, groupFindings } from '../../src/taskpane/groupFindings';

const table = (sheet: string, top: number, bottom: number): TableInfo => ({
  kind: 'T3',
  sheet,
  range: { top, left: 0, bottom, right: 6 },
  unread: [],
});
const finding = (severity: Severity, sheet: string, row: number, col = 1): Finding => ({
  severity,
  rule: 't3.total',
  messageId: 'mismatch',
  ref: cellRef(sheet, row, col),
  cells: [cellRef(sheet, row, col)],
  message: { ko: '메시지', en: 'message' },
});

describe('groupFindings', () => {
  const tables = [table('가', 2, 8), table('가', 12, 20), table('나', 0, 5)];

  it('groups by the table holding the cell, with cells outside every table grouped per sheet', () => {
    const groups = groupFindings(
      [finding('info', '가', 3), finding('info', '가', 14), finding('info', '가', 30), finding('info', '가', 4)],
      tables,
    );
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ['t0', 2],
      ['t1', 1],
      ['s:가', 1],
    ]);
    expect(groups[0].table).toBe(tables[0]);
    expect(groups[2].table).toBeUndefined();
  });

  it('puts groups with errors first and, inside a group, errors then warnings then notes in reading order', () => {
    const input = [
      finding('info', '가', 3),
      finding('warning', '가', 5),
      finding('error', '나', 2, 3),
      finding('error', '가', 6),
      finding('error', '가', 4),
    ];
    const groups = groupFindings(input, tables);
    expect(groups.map((g) => g.key)).toEqual(['t0', 't2']);
    expect(groups[0].findings.map((f) => [f.severity, f.ref.row])).toEqual([
      ['error', 4],
      ['error', 6],
      ['warning', 5],
      ['info', 3],
    ]);
  });

  it('keeps every finding exactly once', () => {
    const input = [finding('error', '다', 1), finding('info', '가', 3), finding('warning', '나', 9)];
    expect(groupFindings(input, tables).flatMap((g) => g.findings)).toHaveLength(input.length);
  });
});

describe('byDepartment', () => {
  it('gathers table groups by department, the department of the first error first', () => {
    const tables = [
      { ...table('가', 0, 9), department: '정보홍보실' },
      { ...table('가', 10, 19), department: '기획예산과' },
      { ...table('가', 20, 29), department: '정보홍보실' },
    ];
    const groups = groupFindings([finding('info', '가', 1), finding('error', '가', 12), finding('warning', '가', 22)], tables);
    expect(byDepartment(groups).map((d) => [d.department, d.groups.map((g) => g.key)])).toEqual([
      ['기획예산과', ['t1']],
      ['정보홍보실', ['t2', 't0']],
    ]);
  });
});
