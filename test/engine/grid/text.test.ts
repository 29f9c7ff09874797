import fc from 'fast-check';
import { compactText, normalizeText } from '../../../src/engine/grid/text';

describe('normalizeText: text as typed, made comparable', () => {
  it.each<[string, string]>([
    ['\u00a0정보홍보실\u00a0', '정보홍보실'],
    ['정보\u3000홍보실', '정보 홍보실'],
    ['정보\n홍보실', '정보 홍보실'],
    ['정보\r\n홍보실', '정보 홍보실'],
    ['정보\t홍보실', '정보 홍보실'],
    ['정보    홍보실', '정보 홍보실'],
    ['（단위：천원）', '(단위:천원)'],
    ['１，１０４％', '1,104%'],
    ['ＡＢＣ', 'ABC'],
    ['', ''],
    [' \u00a0\u3000\n ', ''],
  ])('%j → %j', (input, want) => expect(normalizeText(input)).toBe(want));

  it('leaves Hangul and ordinary ASCII alone', () => {
    expect(normalizeText('행정정보시스템 운영도 (%)')).toBe('행정정보시스템 운영도 (%)');
  });

  it('is idempotent', () => {
    for (const s of ['（단위：천원）', '정보\u3000\n홍보실 ', '１，１０４'])
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe('compactText: names match whatever their spacing', () => {
  it.each<[string, string]>([
    ['정보화마을프로그램관리 자운영', '정보화마을프로그램관리자운영'],
    ['정보화마을\n프로그램관리자운영', '정보화마을프로그램관리자운영'],
    ['구정홍보\u00a0활동 강화', '구정홍보활동강화'],
    ['ＩＴ 인프라', 'IT인프라'],
  ])('%j and %j are the same name', (a, b) => expect(compactText(a)).toBe(compactText(b)));

  it('keeps different names apart', () => {
    expect(compactText('구정홍보 활동 강화')).not.toBe(compactText('구정홍보 활동 지원'));
  });
});

describe('normalizeText: the fast path for text that needs nothing', () => {
  /** The definition, every step always applied: the fast path must never differ from it. */
  const folded = (s: string): string =>
    s
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u00A0\u2007\u202F\u3000\t\r\n\v\f]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
  const pieces = ['계', '정보', ' ', '  ', '\u00a0', '\u3000', '\n', '\t', '\u2028', '\ufeff', '（', 'Ａ', '1,104', '△', '(%)'];

  it('equals the definition on any mix of spaces, full-width and plain text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(normalizeText(s)).toBe(folded(s));
      }),
    );
  });
});
