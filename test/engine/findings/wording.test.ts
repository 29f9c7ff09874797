import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNONYMS } from '../../../src/engine/findings/glossary';

/** Every source file a user-facing string can come from, and the guide. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(tsx?|md)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const FILES = [...sources('src'), 'docs/사용법.md'].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** `은(는)`, `이(가)`, `을(를)`, `와(과)`, `(으)로`: the double forms a particle helper makes unnecessary. */
const DOUBLE_FORM = /[가-힣'"’)\]}]\((?:은|는|이|가|을|를|과|와)\)|\(으\)로/u;

const hits = (pattern: (line: string) => boolean) =>
  FILES.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => (pattern(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  );

describe('wording of user-facing text', () => {
  it('reads the sources (the scan below is not vacuous)', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(DOUBLE_FORM.test("'중요'은(는) 숫자가 아닙니다")).toBe(true);
    expect(DOUBLE_FORM.test('목표가 3에서 4(으)로 낮아집니다')).toBe(true);
    expect(DOUBLE_FORM.test('정원(명) 계')).toBe(false);
  });

  it('never uses a double particle form such as 은(는): the particle helper chooses one', () => {
    expect(hits((line) => DOUBLE_FORM.test(line))).toEqual([]);
  });

  it('uses one word per idea: none of the replaced synonyms of the glossary', () => {
    expect(hits((line) => SYNONYMS.some((s) => line.includes(s)) && !line.includes('SYNONYMS'))).toEqual([]);
  });
});
