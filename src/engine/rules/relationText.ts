import type { Message } from '../findings/finding';
import { plural } from '../findings/headline';
import type { RelationMessageId } from '../findings/ruleRegistry';
import type { Interval } from '../interval/interval';
import { refA1 } from '../grid/a1';
import type { CellRef } from '../grid/cellRef';
import { GLOSSARY } from '../findings/glossary';
import { figure } from '../interval/shown';
import { TABLE_NAMES } from '../model/tableNames';
import { placeText } from '../relations/placeText';
import type { Operand, Place, Relation, Term } from '../relations/relation';
import { computed, range, say, type Figures } from './messages';

/**
 * A relation in the user's words with its cells, for a finding that says what should add up:
 * `정원 계 B19 = 4급이상 C19 + 5급 D19 + 6급이하 E19`. The words the operands share (the table, a row label such as
 * 정보홍보실, or a column label such as 예산액) go into the prefix once, so each operand is named by what sets it apart.
 */
export type RelationWords = { readonly prefix: Message; readonly relation: Message };

/** Operands beyond this many are elided (a 계 row over 40 departments): the first few and the last say the pattern. */
const MAX_TERMS = 6;

type Naming = 'col' | 'row' | 'both';

const same = (ops: ReadonlyArray<Operand>, key: (o: Operand) => string): boolean => ops.every((o) => key(o) === key(ops[0]));

/** The cell as the user finds it: `C19`, or `'정책 목표'!C19` on another sheet than the stated cell. */
const where = (ref: CellRef, home: string): string => (ref.sheet === home ? refA1(ref) : `'${ref.sheet}'!${refA1(ref)}`);

function nameOf(o: Operand, stated: Operand, naming: Naming, lang: keyof Message): string {
  const other = o.place.table === stated.place.table ? '' : TABLE_NAMES[o.place.table][lang];
  const words = naming === 'col' ? [o.place.col[lang]] : naming === 'row' ? [o.place.row] : [o.place.row, o.place.col[lang]];
  return [other, ...words, where(o.cell.ref, stated.cell.ref.sheet)].filter(Boolean).join(' ');
}

function termsText(terms: ReadonlyArray<Term>, name: (o: Operand) => string): string {
  const shown = terms.length > MAX_TERMS ? [...terms.slice(0, MAX_TERMS - 1), undefined, terms.at(-1)!] : terms;
  return shown
    .map((t, i) => {
      if (t === undefined) return ' + …';
      const sign = t.coef < 0 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + ';
      const size = Math.abs(t.coef);
      return `${sign}${size === 1 ? '' : `${size} × `}${name(t.at)}`;
    })
    .join('');
}

const grouped = (terms: ReadonlyArray<Term>, name: (o: Operand) => string): string =>
  terms.length > 1 ? `(${termsText(terms, name)})` : termsText(terms, name);

/** The relation's words, or undefined for a count (세부사업수 …), which has no cells to name. */
export function relationWords(rel: Relation): RelationWords | undefined {
  if (rel.expr.kind === 'count') return undefined;
  const terms = rel.expr.kind === 'sum' ? rel.expr.terms : [...rel.expr.num, ...rel.expr.den];
  const ops = [rel.stated, ...terms.map((t) => t.at)];
  const naming: Naming = same(ops, (o) => `${o.place.table}|${o.place.row}`)
    ? 'col'
    : same(ops, (o) => `${o.place.table}|${o.place.col.en}`)
      ? 'row'
      : 'both';
  const expr = rel.expr;
  const say = (lang: keyof Message): string => {
    const name = (o: Operand) => nameOf(o, rel.stated, naming, lang);
    const right =
      expr.kind === 'sum' ? termsText(expr.terms, name) : `${grouped(expr.num, name)} / ${grouped(expr.den, name)} × 100`;
    return `${name(rel.stated)} = ${right}`;
  };
  const p = rel.stated.place;
  const shared = naming === 'col' ? p.row : naming === 'row' ? undefined : '';
  const prefix = (lang: keyof Message) => [TABLE_NAMES[p.table][lang], shared ?? p.col[lang]].filter(Boolean).join(' ');
  return { prefix: { ko: prefix('ko'), en: prefix('en') }, relation: { ko: say('ko'), en: say('en') } };
}

/** `표기 5, 계산값 4` at the stated cell's place: a relation without cells to name (a count). */
export const plainMismatch = (p: Place, f: Figures): Message =>
  say(
    placeText(p),
    `${figure(f.stated, f.decimals)} 표기, 계산값 ${computed(f.naive, f.interval, f.decimals, '~')}`,
    `states ${figure(f.stated, f.decimals)}, computed ${computed(f.naive, f.interval, f.decimals, '–')}`,
  );

/**
 * The messages every relation rule reports, keyed by their message ids (ruleRegistry.ts): what blame.ts says about a
 * judged relation.
 */
export const RELATION_MESSAGES = {
  /**
   * A broken relation told with its cells: `조직 및 인력현황 정보홍보실: 정원 계 B19 = 4급이상 C19 + 5급 D19 + 6급이하 E19
   * = 17, 표기 18`; a count relation keeps the plain `표기 5, 계산값 4`.
   */
  mismatch: (rel: Relation, f: Figures): Message => {
    const words = relationWords(rel);
    if (!words) return plainMismatch(rel.stated.place, f);
    const stated = figure(f.stated, f.decimals);
    return {
      ko: `${words.prefix.ko}: ${words.relation.ko} = ${computed(f.naive, f.interval, f.decimals, '~')}, ${GLOSSARY.stated.ko} ${stated}`,
      en: `${words.prefix.en}: ${words.relation.en} = ${computed(f.naive, f.interval, f.decimals, '–')}, ${GLOSSARY.stated.en} ${stated}`,
    };
  },

  /** The one input that explains several broken relations. */
  culprit: (p: Place, stated: number, decimals: number, broken: number, fix?: { naive: number; interval: Interval }): Message => {
    const s = figure(stated, decimals);
    // An input is the user's own figure: say that this one cell explains the broken relations, and that it is to check.
    const ko = `${s} 표기 — 이 입력값 하나로 관계 ${broken}개가 맞지 않습니다. 입력값을 확인하세요`;
    const en = `states ${s}, which alone breaks ${plural(broken, 'relation')}: check this input`;
    if (!fix) return say(placeText(p), ko, en);
    return say(
      placeText(p),
      `${ko} (맞는 값 ${computed(fix.naive, fix.interval, decimals, '~')})`,
      `${en} (consistent value ${computed(fix.naive, fix.interval, decimals, '–')})`,
    );
  },

  /** A relation broken only because of an error reported at another cell. */
  consequence: (p: Place, f: Figures, cause: Place): Message => {
    const base = plainMismatch(p, f);
    const c = placeText(cause);
    return { ko: `${base.ko} — ${c.ko} 오류의 영향`, en: `${base.en} — follows from the error in ${c.en}` };
  },

  roundingOnly: (p: Place, f: Figures): Message =>
    say(
      placeText(p),
      `반올림 차이: ${figure(f.stated, f.decimals)} 표기, 표시값으로 다시 계산하면 ${figure(f.naive, f.decimals)} (허용 범위 ${range(f.interval, f.decimals, '~')})`,
      `rounding only: states ${figure(f.stated, f.decimals)}, the shown figures give ${figure(f.naive, f.decimals)} (consistent range ${range(f.interval, f.decimals, '–')})`,
    ),

  blank: (p: Place, f: Figures): Message =>
    say(
      placeText(p),
      `계산되어야 할 셀이 비어 있습니다 (계산값 ${computed(f.naive, f.interval, f.decimals, '~')})`,
      `the derived cell is blank (computed ${computed(f.naive, f.interval, f.decimals, '–')})`,
    ),

  notComputable: (p: Place): Message =>
    say(placeText(p), '나누는 값이 0이어서 계산할 수 없습니다', 'not computable: the divisor is 0'),
} as const satisfies { readonly [M in RelationMessageId]: (...args: never[]) => Message };
