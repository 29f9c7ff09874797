/**
 * Korean particles chosen by the last syllable of the word they follow (은/는, 이/가, 을/를, 과/와, 으로/로), so a
 * message never falls back on writing both forms in one. Words are often cell addresses, numbers or Latin names, so a
 * word's last sound is read as a Korean reader says it: `B19` ends in 구 (no 받침), `D7` in 칠, `Excel` in 엘.
 */

export type Particle = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로';

/** How the last sound of a word ends: with no 받침, with ㄹ (으로/로 treats it as none), or with another 받침. */
type Ending = 'open' | 'rieul' | 'closed';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** 받침 index of ㄹ among the 28 finals (0 is none). */
const RIEUL = 8;

/** 영 일 이 삼 사 오 육 칠 팔 구: the digit a number ends with, as read aloud (10, 100 … end in 십, 백, 천, 만: closed). */
const DIGIT: ReadonlyArray<Ending> = ['closed', 'rieul', 'open', 'closed', 'open', 'open', 'closed', 'rieul', 'rieul', 'open'];

/** A single Latin letter by its Korean name: 엘, 엠, 엔, 알 end in a 받침; 에이, 비, 씨 … do not. */
const LETTER: Readonly<Record<string, Ending>> = { l: 'rieul', m: 'closed', n: 'closed', r: 'rieul' };

/** A Latin word (more than three letters, not all capitals) by its last letters, as loanwords are said: -l 엘, -m 엠, -n/-ng 은/응, -ck/-k 크 … (open). */
function latinWord(word: string): Ending {
  const w = word.toLowerCase();
  if (w.endsWith('l')) return 'rieul';
  if (/(m|n|ng)$/.test(w)) return 'closed';
  return 'open';
}

function endingOf(word: string): Ending {
  // Quotes, brackets and spaces after a word do not change how it is read: `'중요'는`, `(B19)은`.
  const core = word.replace(/[\s'"’”)\]}>」』]+$/u, '');
  const last = core.at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? 'open' : final === RIEUL ? 'rieul' : 'closed';
  }
  if (/[0-9]/.test(last)) return DIGIT[Number(last)];
  if (last === '%') return 'open'; // 퍼센트
  const latin = /[A-Za-z]+$/.exec(core)?.[0];
  if (latin)
    return latin.length <= 3 || latin === latin.toUpperCase()
      ? (LETTER[latin.at(-1)!.toLowerCase()] ?? 'open')
      : latinWord(latin);
  return 'open';
}

/** The particle form that follows `word`. */
export function particle(word: string, which: Particle): string {
  const [withFinal, without] = which.split('/');
  const ending = endingOf(word);
  if (which === '으로/로') return ending === 'closed' ? withFinal : without;
  return ending === 'open' ? without : withFinal;
}

/** `word` followed by its particle: `josa('B19', '은/는')` is `B19는`. */
export const josa = (word: string, which: Particle): string => `${word}${particle(word, which)}`;
