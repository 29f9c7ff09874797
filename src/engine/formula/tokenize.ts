import type { BinaryOp } from './ast';
import { formulaError, type FormulaError } from './messages';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: 'identifier'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly kind: 'operator'; readonly op: BinaryOp; readonly start: number; readonly end: number }
  | { readonly kind: 'open' | 'close'; readonly start: number; readonly end: number };

/** Every spelling of an operator or parenthesis that Korean documents use, mapped to its meaning. */
export const SYMBOLS: Readonly<Record<string, BinaryOp | '(' | ')'>> = {
  '+': '+',
  '＋': '+',
  '-': '-',
  '－': '-',
  '−': '-',
  '*': '*',
  '＊': '*',
  '×': '*',
  '·': '*',
  '∙': '*',
  '/': '/',
  '／': '/',
  '÷': '/',
  '(': '(',
  '（': '(',
  ')': ')',
  '）': ')',
};

const SPACE = /[ \t\u00a0\u3000]+/y;
/** A word of a name: Hangul or Latin letters, possibly led by digits (`3개년`) and followed by digits. */
const WORD = /[0-9]*[\p{Script=Hangul}\p{Script=Latin}][\p{Script=Hangul}\p{Script=Latin}0-9_]*/uy;
/** Everything that looks like a number; validated against NUMBER so `8,76` is one bad number, not `8` and `,76`. */
const NUMBER_RUN = /(?:[0-9]|\.[0-9])[0-9.,]*/y;
const NUMBER = /^(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)$/;

/** Full-width digits and separators read as ASCII; one UTF-16 unit each, so offsets stay those of the text. */
const toAscii = (text: string): string => text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/**
 * Reads an identifier: words joined by spaces (`교육 참석률`). The name keeps one space between words,
 * so `교육  참석률` and `교육 참석률` name the same input.
 */
function readIdentifier(text: string, start: number): Token {
  const words: string[] = [];
  let end = start;
  for (;;) {
    const word = matchAt(WORD, text, end);
    if (word === null) break;
    words.push(word);
    end += word.length;
    const space = matchAt(SPACE, text, end);
    if (space === null || matchAt(WORD, text, end + space.length) === null) break;
    end += space.length;
  }
  return { kind: 'identifier', name: words.join(' '), start, end };
}

export function tokenize(source: string): { ok: true; tokens: Token[] } | { ok: false; error: FormulaError } {
  const text = toAscii(source);
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = matchAt(SPACE, text, at);
    if (space !== null) {
      at += space.length;
      continue;
    }
    const symbol = SYMBOLS[text[at]];
    if (symbol === '(' || symbol === ')') {
      tokens.push({ kind: symbol === '(' ? 'open' : 'close', start: at, end: at + 1 });
      at += 1;
      continue;
    }
    if (symbol !== undefined) {
      tokens.push({ kind: 'operator', op: symbol, start: at, end: at + 1 });
      at += 1;
      continue;
    }
    if (matchAt(WORD, text, at) !== null) {
      const token = readIdentifier(text, at);
      tokens.push(token);
      at = token.end;
      continue;
    }
    const run = matchAt(NUMBER_RUN, text, at);
    if (run !== null) {
      if (!NUMBER.test(run)) return { ok: false, error: formulaError('badNumber', at, source.slice(at, at + run.length)) };
      tokens.push({ kind: 'number', value: Number(run.replace(/,/g, '')), start: at, end: at + run.length });
      at += run.length;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(at) ?? 0);
    return { ok: false, error: formulaError('unexpectedCharacter', at, char) };
  }
  return { ok: true, tokens };
}
