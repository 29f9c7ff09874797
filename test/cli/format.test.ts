import { displayWidth } from '../../src/engine/grid/displayWidth';
import { checkText, summaryLine } from '../../src/cli/format';
import { SEVERITY_LABEL } from '../../src/cli/messages';
import { finding } from './fakes';

describe('checkText', () => {
  const findings = [
    finding('info', '예산현황', 5, 2),
    finding('warning', '정책사업목표 현황', 8, 3),
    finding('error', '예산현황', 9, 4, { stated: '△4.50%' }),
    finding('warning', '예산현황', 3, 2),
  ];
  const text = checkText(findings, 'ko');

  it('groups by sheet in order of appearance, errors first, then warnings, then info', () => {
    const lines = text.split('\n');
    const body = lines.slice(lines.indexOf('예산현황') + 2, lines.indexOf('예산현황') + 5);
    expect(body.map((l) => l.trim().split(/\s+/)[0])).toEqual(
      ['error', 'warning', 'info'].map((s) => SEVERITY_LABEL[s as 'error'].ko),
    );
    expect(text.indexOf('예산현황')).toBeLessThan(text.indexOf('정책사업목표 현황'));
  });

  it('aligns the rule column of a sheet block under Hangul labels', () => {
    const block = text.split('\n\n')[0].split('\n');
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
    expect(checkText(findings, 'ko', findings, checked).trimEnd().split('\n').pop()).toBe(summaryLine(findings, 'ko', checked));
  });

  it('counts infos that follow from an error and other notes apart from rounding differences', () => {
    const effect = finding('info', '예산현황', 6, 2, { cause: findings[2].ref });
    const note = finding('info', '성과지표', 6, 2, { rule: 't4.basis', interval: undefined });
    expect(summaryLine([...findings, effect, note], 'ko')).toBe('오류 1 · 경고 2 · 반올림 차이 1 · 오류의 영향 1 · 참고 1');
    expect(summaryLine([...findings, effect, note], 'en')).toBe(
      '1 error · 2 warnings · 1 rounding difference · 1 effect of an error · 1 note',
    );
  });
});
