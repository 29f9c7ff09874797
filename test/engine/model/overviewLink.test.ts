import { matchOverviews } from '../../../src/engine/model/overviewLink';

describe('matchOverviews: by name with spaces removed, then by order', () => {
  test('the seed spelling difference matches by name', () => {
    expect(
      matchOverviews(['정보화마을운영', '정보화마을프로그램관리 자운영'], ['정보화마을프로그램관리자운영', '정보화마을운영']),
    ).toEqual([1, 0]);
  });
  test('names that differ in more than spaces fall back to order', () => {
    expect(matchOverviews(['가', '나 다', '라'], ['나다', '마', '바'])).toEqual([1, 0, 2]);
  });
  test('more details than overviews leaves the rest unlinked', () => {
    expect(matchOverviews(['가', '나'], ['가'])).toEqual([0, undefined]);
  });
  test('duplicate names are taken once each', () => {
    expect(matchOverviews(['가', '가'], ['가', '가'])).toEqual([0, 1]);
  });
});
