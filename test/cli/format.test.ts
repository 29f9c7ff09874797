import { displayWidth } from '../../src/engine/grid/displayWidth';
import { checkText, summaryLine } from '../../src/cli/format';
import { SEVERITY_LABEL } from '../../src/cli/messages';
import { finding, T3 } from './fakes';

describe('checkText', () => {
  const findings = [
    finding('info', '예산현황', 5, 2),
    finding('warning', '정책사업목표 현황', 8, 3),
    finding('error', '예산현황', 9, 4, { stated: '△4.50%' }),
    finding('warning', '예산현황', 3, 2),
  ];
  const text = checkText(findings, 'ko', { all: true });
  const severityOf = (line: string) => line.trim().split(/\s+/)[0];

  it('opens with the verdict line', () => {
    expect(text.split('\n')[0]).toBe('오류 1 · 경고 2');
    expect(checkText(findings, 'en').split('\n')[0]).toBe('1 error · 2 warnings');
  });

  it('groups by sheet in order of appearance, errors first, then warnings, then info', () => {
    const lines = text.split('\n');
    const body = lines.slice(lines.indexOf('예산현황') + 2, lines.indexOf('예산현황') + 5);
    expect(body.map(severityOf)).toEqual(['error', 'warning', 'info'].map((s) => SEVERITY_LABEL[s as 'error'].ko));
    expect(text.indexOf('예산현황')).toBeLessThan(text.indexOf('정책사업목표 현황'));
  });

  it('shows errors and warnings only, saying how many notes --all adds', () => {
    const short = checkText(findings, 'ko').split('\n');
    expect(short.map(severityOf)).not.toContain(SEVERITY_LABEL.info.ko);
    expect(short[1]).toContain('--all');
    expect(checkText(findings, 'en').split('\n')[1]).toBe('1 rounding difference: --all shows them');
  });

  it('aligns the rule column of a sheet block under Hangul labels', () => {
    const block = text.split('\n\n')[1].split('\n');
    const rows = block.slice(1);
    expect(rows).toHaveLength(4);
    const ruleAt = rows.map((l) => displayWidth(l.slice(0, l.indexOf(l.includes('규칙') ? '규칙' : 't3.share'))));
    expect(new Set(ruleAt).size).toBe(1);
  });

  it('ends with the one-line summary in either language', () => {
    expect(text.trimEnd().split('\n').pop()).toBe('오류 1 · 경고 2 · 반올림 차이 1');
    expect(summaryLine(findings, 'en')).toBe('1 error · 2 warnings · 1 rounding difference');
  });

  it('starts with the tables found and the relations checked when it is given them', () => {
    const checked = { tables: 3, relations: 41 };
    expect(summaryLine(findings, 'ko', checked)).toBe('표 3개 · 관계 41개 점검 · 오류 1 · 경고 2 · 반올림 차이 1');
    expect(summaryLine(findings, 'en', { tables: 1, relations: 1 })).toBe(
      '1 table · 1 relation checked · 1 error · 2 warnings · 1 rounding difference',
    );
    expect(checkText(findings, 'ko', { checked }).trimEnd().split('\n').pop()).toBe(summaryLine(findings, 'ko', checked));
  });

  it('names the department of each finding when the tables belong to more than one', () => {
    const other = { ...T3, range: { ...T3.range, top: 20, bottom: 30 }, department: '기획예산과' };
    const lines = checkText([finding('error', '예산현황', 5, 2), finding('error', '예산현황', 22, 2)], 'ko', {
      tables: [T3, other],
    }).split('\n');
    expect(lines.find((l) => l.includes('C6'))).toMatch(/오류\s+정보홍보실\s+C6/);
    expect(lines.find((l) => l.includes('C23'))).toMatch(/오류\s+기획예산과\s+C23/);
    expect(checkText([finding('error', '예산현황', 5, 2)], 'ko', { tables: [T3] })).not.toContain('정보홍보실');
  });

  it('counts infos that follow from an error and other notes apart from rounding differences', () => {
    const effect = finding('info', '예산현황', 6, 2, { cause: findings[2].ref });
    const note = finding('info', '성과지표', 6, 2, { rule: 't4.basis', messageId: 'noRule', interval: undefined });
    expect(summaryLine([...findings, effect, note], 'ko')).toBe('오류 1 · 경고 2 · 반올림 차이 1 · 오류의 영향 1 · 참고 1');
    expect(summaryLine([...findings, effect, note], 'en')).toBe(
      '1 error · 2 warnings · 1 rounding difference · 1 effect of an error · 1 note',
    );
  });
});
