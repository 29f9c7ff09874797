import { en } from '../../src/taskpane/strings/en';
import { langFor, stringsFor } from '../../src/taskpane/strings';
import { ko } from '../../src/taskpane/strings/ko';

describe('pane language', () => {
  it.each([
    ['ko-KR', 'ko'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['ja-JP', 'ko'],
    [undefined, 'ko'],
  ])('follows Office’s display language %s → %s', (display, lang) => {
    expect(langFor(display)).toBe(lang);
  });

  it('has every Korean string in English and the reverse, none empty', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(en)).toEqual(keys(ko));
    for (const strings of [ko, en])
      for (const value of Object.values(strings)) if (typeof value === 'string') expect(value.trim()).not.toBe('');
    expect(stringsFor('en')).toBe(en);
    expect(stringsFor('ko')).toBe(ko);
  });

  it('agrees English counts with their number', () => {
    expect([en.applied(1, 1), en.applied(2, 0)]).toEqual([
      'Changed 1 cell. 1 error remains.',
      'Changed 2 cells. 0 errors remain.',
    ]);
    expect([en.undone(1), en.fixed(1)]).toEqual(['Restored 1 cell to its earlier value.', 'Changed 1 cell. Undo takes it back.']);
  });

  it('writes Korean in Korean', () => {
    expect(ko.previewCount(12)).toBe('12개 셀이 바뀝니다');
    expect(ko.check).toMatch(/[가-힣]/);
  });
});
