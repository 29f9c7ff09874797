import type { Finding, Severity } from '../../../src/engine/findings/finding';
import { cellRef } from '../../../src/engine/grid/cellRef';
import { markKey, marksOf } from '../../../src/taskpane/standalone/marks';
import { en } from '../../../src/taskpane/strings/en';
import { ko } from '../../../src/taskpane/strings/ko';

const at = cellRef('예산', 24, 1);
const finding = (severity: Severity, ko: string, ref = at): Finding => ({ severity, rule: 't3.total', ref, cells: [ref], message: { ko, en: `${ko} (en)` } });

describe('finding marks on the grid', () => {
  it('marks a cell with its worst severity and every message about it, in the pane’s language', () => {
    const findings = [finding('info', '반올림'), finding('error', '합계'), finding('warning', '빈칸', cellRef('예산', 0, 0))];
    const marks = marksOf(findings, 'ko', ko);
    expect(marks.get(markKey(at))).toEqual({ severity: 'error', text: `${ko.severity.info}: 반올림 / ${ko.severity.error}: 합계` });
    expect(marks.get(markKey(cellRef('예산', 0, 0)))?.severity).toBe('warning');
    expect(marksOf(findings, 'en', en).get(markKey(at))?.text).toBe(`${en.severity.info}: 반올림 (en) / ${en.severity.error}: 합계 (en)`);
  });

  it('keeps cells of different sheets apart', () => {
    expect(marksOf([finding('error', 'a'), finding('error', 'b', cellRef('인력', 24, 1))], 'ko', ko).size).toBe(2);
  });
});
