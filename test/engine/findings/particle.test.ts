import { josa, particle, type Particle } from '../../../src/engine/findings/particle';

describe('particle', () => {
  it.each<[string, Particle, string]>([
    // Hangul: without 받침, with 받침, with ㄹ
    ['중요', '은/는', '는'],
    ['예산액', '은/는', '은'],
    ['정원 계', '이/가', '가'],
    ['구성비', '을/를', '를'],
    ['현원', '을/를', '을'],
    ['증감률', '이/가', '이'],
    ['증감률', '으로/로', '로'],
    ['예산액', '으로/로', '으로'],
    ['가중치', '과/와', '와'],
    ['실적', '과/와', '과'],
    // quoted words and brackets read as the word inside
    ["'중요'", '은/는', '는'],
    ["'핵심'", '이/가', '이'],
    ['(B19)', '을/를', '를'],
    // digits: 1 일, 2 이, 3 삼, 6 육, 7 칠, 9 구, 10 십
    ['B19', '은/는', '는'],
    ['D7', '은/는', '은'],
    ['C12', '이/가', '가'],
    ['E13', '을/를', '을'],
    ['16', '으로/로', '으로'],
    ['21', '으로/로', '로'],
    ['100', '이/가', '이'],
    ['4.5', '을/를', '를'],
    ['50%', '이/가', '가'],
    // Latin: letter names (엘, 엠, 에이) and loanwords (Excel 엑셀, Chromium 크로뮴, Office 오피스)
    ['L', '은/는', '은'],
    ['A', '은/는', '는'],
    ['Excel', '을/를', '을'],
    ['Excel', '으로/로', '로'],
    ['Chromium', '이/가', '이'],
    ['Office', '이/가', '가'],
    ['DRM', '은/는', '은'],
    ['PDF', '을/를', '를'],
    ['fr', '은/는', '은'],
    ['xlsx', '을/를', '를'],
  ])('%s + %s → %s', (word, which, expected) => expect(particle(word, which)).toBe(expected));

  it('joins the word and its particle', () => {
    expect(josa('B19', '은/는')).toBe('B19는');
    expect(josa('정보홍보실', '이/가')).toBe('정보홍보실이');
  });
});
