import type { Finding, Message, Severity } from './finding';
import { GLOSSARY } from './glossary';

/** What was checked: the tables, and the relations judged when the engine counts them. */
export type CheckedScope = { readonly tables: number; readonly relations?: number };

/**
 * How findings divide for the reader. A rounding difference is a relation's info carrying its interval; an effect
 * is an info that follows from an error elsewhere (it names its cause); other notes are the rest of the infos.
 */
export type Tally = {
  readonly errors: number;
  readonly warnings: number;
  readonly rounding: number;
  readonly effects: number;
  readonly notes: number;
};

export const isRounding = (f: Finding): boolean => f.severity === 'info' && !f.cause && f.interval !== undefined;

export function tally(findings: ReadonlyArray<Finding>): Tally {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const infos = findings.filter((f) => f.severity === 'info');
  const effects = infos.filter((f) => f.cause).length;
  const rounding = infos.filter(isRounding).length;
  return { errors: count('error'), warnings: count('warning'), rounding, effects, notes: infos.length - effects - rounding };
}

/** `n thing` or `n things`: English counts agree with their number ("1 warning"). */
export const plural = (n: number, one: string, many: string = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `clean`: no error and no warning (notes may remain); `problems`: something to act on. */
export type Headline = { readonly kind: 'clean' | 'problems'; readonly tally: Tally; readonly message: Message };

/** `(반올림 차이 18건은 정상, 참고 2건)`: what a clean check still noted, or nothing. */
function notesClause(t: Tally): Message | undefined {
  const ko = [
    t.rounding > 0 ? `${GLOSSARY.rounding.ko} ${t.rounding}건은 정상` : '',
    t.notes > 0 ? `참고 ${t.notes}건` : '',
  ].filter(Boolean);
  const en = [
    t.rounding > 0 ? `${plural(t.rounding, GLOSSARY.rounding.en)} ${t.rounding === 1 ? 'is' : 'are'} normal` : '',
    t.notes > 0 ? plural(t.notes, 'note') : '',
  ].filter(Boolean);
  return ko.length > 0 ? { ko: ` (${ko.join(', ')})`, en: ` (${en.join(', ')})` } : undefined;
}

/**
 * The verdict line the pane and the CLI open with: `문제 없음 — 표 20개, 관계 145개 점검 (반올림 차이 18건은 정상)` when
 * nothing needs acting on ("오류 0" says how much was checked, DOMAIN), else `오류 3 · 경고 1`. Without a relation
 * count (`checked.relations` absent) it names the tables alone.
 */
export function headline(findings: ReadonlyArray<Finding>, checked: CheckedScope): Headline {
  const t = tally(findings);
  if (t.errors > 0 || t.warnings > 0) {
    const ko = [t.errors > 0 ? `오류 ${t.errors}` : '', t.warnings > 0 ? `경고 ${t.warnings}` : ''].filter(Boolean);
    const en = [t.errors > 0 ? plural(t.errors, 'error') : '', t.warnings > 0 ? plural(t.warnings, 'warning') : ''].filter(
      Boolean,
    );
    return { kind: 'problems', tally: t, message: { ko: ko.join(' · '), en: en.join(' · ') } };
  }
  const relations = checked.relations;
  const scope: Message = {
    ko: `표 ${checked.tables}개${relations === undefined ? '' : `, 관계 ${relations}개`} 점검`,
    en: `${plural(checked.tables, 'table')}${relations === undefined ? '' : `, ${plural(relations, 'relation')}`} checked`,
  };
  const notes = notesClause(t);
  return {
    kind: 'clean',
    tally: t,
    message: { ko: `문제 없음 — ${scope.ko}${notes?.ko ?? ''}`, en: `No problems — ${scope.en}${notes?.en ?? ''}` },
  };
}
