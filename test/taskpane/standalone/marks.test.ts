import type { Finding, Severity } from '../../../src/engine/findings/finding';
import { cellRef } from '../../../src/engine/grid/cellRef';
import type { Sheet } from '../../../src/engine/grid/sheet';
import { markKey, marksOf, shownCell } from '../../../src/taskpane/standalone/marks';
import { en } from '../../../src/taskpane/strings/en';
import { ko } from '../../../src/taskpane/strings/ko';

const at = cellRef('예산', 24, 1);
const finding = (severity: Severity, ko: string, ref = at): Finding => ({
  severity,
  rule: 't3.total',
  messageId: 'mismatch',
  ref,
  cells: [ref],
  message: { ko, en: `${ko} (en)` },
});

describe('finding marks on the grid', () => {
  it('marks a cell with its worst severity and every message about it, in the pane’s language', () => {
    const findings = [finding('info', '반올림'), finding('error', '합계'), finding('warning', '빈칸', cellRef('예산', 0, 0))];
    const marks = marksOf(findings, 'ko', ko);
    expect(marks.get(markKey(at))).toEqual({
      severity: 'error',
      text: `${ko.severity.info}: 반올림 / ${ko.severity.error}: 합계`,
    });
    expect(marks.get(markKey(cellRef('예산', 0, 0)))?.severity).toBe('warning');
    expect(marksOf(findings, 'en', en).get(markKey(at))?.text).toBe(
      `${en.severity.info}: 반올림 (en) / ${en.severity.error}: 합계 (en)`,
    );
  });

  it('keeps cells of different sheets apart', () => {
    expect(marksOf([finding('error', 'a'), finding('error', 'b', cellRef('인력', 24, 1))], 'ko', ko).size).toBe(2);
  });

  it('marks a cell inside a merge at the merge the grid draws (C22 in B22:C22 at B22), and only on its own sheet', () => {
    const sheets: Sheet[] = [{ name: '예산', rows: [], merges: [{ top: 21, left: 1, bottom: 21, right: 2 }] }];
    const inside = cellRef('예산', 21, 2);
    expect(shownCell(sheets, inside)).toEqual(cellRef('예산', 21, 1));
    expect(shownCell(sheets, cellRef('인력', 21, 2))).toEqual(cellRef('인력', 21, 2));
    expect(shownCell(sheets, at)).toEqual(at);
    const marks = marksOf([finding('warning', '병합', inside)], 'ko', ko, sheets);
    expect([...marks.keys()]).toEqual([markKey(cellRef('예산', 21, 1))]);
  });
});
