import { excelRound } from '../interval/round';

/** How future 목표 follow from earlier ones: a fixed step, a rate in percent (5 = +5% a year), or an average. */
export type TargetRule =
  | { kind: 'step'; step: number }
  | { kind: 'rate'; rate: number }
  | { kind: 'average'; years: number }
  | { kind: 'unknown'; text: string };

const NUM = '([+\\-−]?[0-9]+(?:\\.[0-9]+)?)';
const UP = '증가|증대|상향|상승|향상|확대|증';
const DOWN = '감소|하향|하락|단축|축소|감';
/**
 * Count units a step may name (`10건씩 증가`), with the indicator's own unit (`매년 0.2일 단축` for a (일)
 * indicator); not 시간 in general, which 근거 use for inputs (`장애시간 10시간 단축한 99.4%`).
 */
const COUNT_UNITS = ['건', '명', '회', '개', '점'];
const MOVE = `(?:씩\\s*)?(${UP}|${DOWN})`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The readings for an indicator of `unit`, first match wins. On a % indicator `0.2% 증` (the short 증, no syllable
 * after it) is a step of points: that is how plans write the basis of a % indicator (주민정보화교육: 97 → 97.2 →
 * 97.4 → 97.6); `5% 증가`, and any `N% 증` of a count or amount, is a rate.
 */
function readings(unit: string): ReadonlyArray<{ re: RegExp; kind: 'step' | 'rate' }> {
  const own = unit.trim();
  const units = own && own !== '%' && !COUNT_UNITS.includes(own) ? [...COUNT_UNITS, own] : COUNT_UNITS;
  const countUnit = `(?:${units.map(escape).join('|')})`;
  return [
    { re: new RegExp(`${NUM}\\s*(?:%p|%포인트|포인트)\\s*${MOVE}?`), kind: 'step' },
    ...(own === '%' ? [{ re: new RegExp(`${NUM}\\s*%\\s*(증|감)(?![가-힣])`), kind: 'step' as const }] : []),
    { re: new RegExp(`${NUM}\\s*%\\s*${MOVE}`), kind: 'rate' },
    { re: new RegExp(`${NUM}\\s*${countUnit}?\\s*${MOVE}`), kind: 'step' },
    { re: /([+\-−][0-9]+(?:\.[0-9]+)?)\s*(?:per\s+year|\/\s*(?:년|year)|씩)/i, kind: 'step' },
  ];
}
const AVERAGE = /([0-9]+)\s*개?\s*년\s*(?:간\s*)?평균/;
/** The basis of the 기준값 (`기준값 설정근거 : 과거3개년 평균값`) is not the target rule; drop it. */
const BASELINE_CLAUSE = /기준값\s*설정\s*근거\s*[:：][^/\n]*/g;

const signed = (n: string, word: string | undefined): number => {
  const value = Number(n.replace('−', '-'));
  return word !== undefined && new RegExp(`^(?:${DOWN})$`).test(word) ? -Math.abs(value) : value;
};

/** The rule a basis states for an indicator of `unit`, and where in the (normalised, baseline-free) basis it is stated. */
function readRule(
  text: string,
  unit: string,
): { rule: Exclude<TargetRule, { kind: 'unknown' }>; basis: string; at: number; end: number } | undefined {
  const basis = text.normalize('NFKC').replace(BASELINE_CLAUSE, '');
  for (const { re, kind } of readings(unit.normalize('NFKC'))) {
    const m = re.exec(basis);
    if (m === null) continue;
    const value = signed(m[1], m[2]);
    return {
      rule: kind === 'step' ? { kind, step: value } : { kind, rate: value },
      basis,
      at: m.index,
      end: m.index + m[0].length,
    };
  }
  const average = AVERAGE.exec(basis);
  if (average !== null && Number(average[1]) > 0)
    return {
      rule: { kind: 'average', years: Number(average[1]) },
      basis,
      at: average.index,
      end: average.index + average[0].length,
    };
  return undefined;
}

/** Reads the 목표치 설정 근거 line of an indicator of `unit` (`기준값에서 0.2% 증`, `+0.2 per year`, `최근 3개년 평균` …). */
export function parseTargetRule(text: string, unit: string): TargetRule {
  return readRule(text, unit)?.rule ?? { kind: 'unknown', text };
}

/** A label in front of the clause (`목표값 설정근거 : …`): the reader knows it is the basis. */
const CLAUSE_LABEL = /^[^:：]*근거\s*[:：]\s*/;

/**
 * The words of a basis that state its rule, for messages: the clause (between `/` or line breaks) holding it,
 * `기준값에서 0.2% 증` out of `기준값에서 0.2% 증/기준값 설정근거 : …`; undefined when the basis states none.
 */
export function statedRule(text: string, unit: string): string | undefined {
  const read = readRule(text, unit);
  if (read === undefined) return undefined;
  const { basis, at, end } = read;
  const start = Math.max(basis.lastIndexOf('/', at), basis.lastIndexOf('\n', at)) + 1;
  // From the match's end: a step may itself hold a slash (`+0.2/년`).
  const ends = ['/', '\n'].map((c) => basis.indexOf(c, end)).filter((i) => i >= 0);
  return basis
    .slice(start, ends.length > 0 ? Math.min(...ends) : undefined)
    .trim()
    .replace(CLAUSE_LABEL, '');
}

function nextTarget(rule: Exclude<TargetRule, { kind: 'unknown' }>, before: readonly number[]): number {
  const previous = before[before.length - 1];
  switch (rule.kind) {
    case 'step':
      return previous + rule.step;
    case 'rate':
      return previous * (1 + rule.rate / 100);
    case 'average': {
      const recent = before.slice(-rule.years);
      return recent.reduce((a, b) => a + b, 0) / recent.length;
    }
  }
}

/**
 * What the targets from index `from` on should be by the rule, projected from the stated targets before it and
 * rounded to `decimals` (one mistyped year is one difference, not a shifted series); null before `from` and under
 * an unknown rule. The first year is always a base, never projected.
 */
export function ruleTargets(rule: TargetRule, known: (number | null)[], from: number, decimals: number): (number | null)[] {
  const start = Math.max(1, from);
  const projected = projectTargets(
    rule,
    known.map((v, i) => (i < start ? v : null)),
    decimals,
  );
  return projected.map((v, i) => (i < start || rule.kind === 'unknown' ? null : v));
}

/** What each target should be by the rule from the stated targets before it alone; null where it has none. */
export function stepTargets(rule: TargetRule, known: (number | null)[], decimals: number): (number | null)[] {
  return known.map((_, i) =>
    i === 0 || known[i - 1] === null ? null : ruleTargets(rule, [...known.slice(0, i), null], i, decimals)[i],
  );
}

/**
 * Fills the blank (null) targets after the last stated one, each from the year before as the plan
 * would write it (rounded to `decimals`). Blanks before a stated target stay blank; an unknown rule
 * fills nothing.
 */
export function projectTargets(rule: TargetRule, known: (number | null)[], decimals: number): (number | null)[] {
  const out = [...known];
  let last = -1;
  out.forEach((v, i) => {
    if (v !== null) last = i;
  });
  if (rule.kind === 'unknown' || last < 0) return out;
  const filled = out.slice(0, last + 1).filter((v): v is number => v !== null);
  for (let i = last + 1; i < out.length; i += 1) {
    const value = excelRound(nextTarget(rule, filled), decimals);
    filled.push(value);
    out[i] = value;
  }
  return out;
}
