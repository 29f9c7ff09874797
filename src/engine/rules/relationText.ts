import type { Message } from '../findings/finding';
import { refA1 } from '../grid/a1';
import type { CellRef } from '../grid/cellRef';
import { GLOSSARY } from '../findings/glossary';
import { figure } from '../interval/shown';
import { TABLE_NAMES } from '../model/tableNames';
import { computed, mismatch, type Figures } from './messages';
import type { Operand, Relation, Term } from '../relations/relation';

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

/**
 * A broken relation told with its cells: `조직 및 인력현황 정보홍보실: 정원 계 B19 = 4급이상 C19 + 5급 D19 + 6급이하 E19
 * = 17, 표기 18`; a count relation keeps the plain `표기 5, 계산값 4`.
 */
export function relationMismatch(rel: Relation, f: Figures): Message {
  const words = relationWords(rel);
  if (!words) return mismatch(rel.stated.place, f);
  const stated = figure(f.stated, f.decimals);
  return {
    ko: `${words.prefix.ko}: ${words.relation.ko} = ${computed(f.naive, f.interval, f.decimals, '~')}, ${GLOSSARY.stated.ko} ${stated}`,
    en: `${words.prefix.en}: ${words.relation.en} = ${computed(f.naive, f.interval, f.decimals, '–')}, ${GLOSSARY.stated.en} ${stated}`,
  };
}
