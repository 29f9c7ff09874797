import { refA1 } from '../../src/engine/grid/a1';
import { INVENTED } from '../fixtures/invented';
import type { PlanData } from '../fixtures/planData';
import { SEED } from '../fixtures/seed';
import type { Value } from './author/pen';
import { STYLES, type AuthorStyle } from './author/style';
import { authorWorkbook } from './author/workbook';
import { checkBytes, complaints, foundTables } from './checkBytes';

/**
 * Workbooks from another author (test/robustness/author, written apart from test/fixtures/build): every style
 * finds exactly the tables written, with their links, and checks clean; one typo is one error at its cell.
 */
const PLANS: ReadonlyArray<[string, PlanData[]]> = [
  ['the seed', [SEED]],
  ['two invented departments', INVENTED],
  ['the seed beside an invented department', [SEED, INVENTED[1]]],
];

const sorted = <T>(items: ReadonlyArray<T>): string[] => items.map((t) => JSON.stringify(t)).sort();

describe.each(STYLES.map((s) => [s.name, s] as const))('another author: %s', (_name, style) => {
  test.each(PLANS)('%s: every table found with its links, and no error or warning', async (_plan, plans) => {
    const authored = await authorWorkbook(plans, style);
    const { plan, findings } = await checkBytes(authored.bytes);
    expect(sorted(foundTables(plan))).toEqual(sorted(authored.written));
    expect(plan.departments.map((d) => [d.name, d.linked])).toEqual(plans.map((p) => [p.department, true]));
    expect(complaints(findings)).toEqual([]);
  });
});

/**
 * One typo each, in the seed. `at: 'typo'`: the error is at the changed cell (a derived cell, or an input that alone
 * explains several broken relations). `at: 'relation'`: the typo is one input of a single broken relation, which
 * the contract blames on its stated cell; the error's cells must include the typo.
 */
const TYPOS: ReadonlyArray<{ key: string; value: number; at: 'typo' | 'relation' }> = [
  { key: 'T3.정책사업.share', value: 87.97, at: 'typo' },
  { key: 'T3.계.rate', value: -5.5, at: 'typo' },
  { key: 'T3.재무활동.share', value: 1, at: 'typo' },
  { key: 'T3.기본경비.budget', value: 80, at: 'typo' },
  { key: 'T3.인력운영비.prevBudget', value: 115, at: 'typo' },
  { key: 'T1.0.budget', value: 1140, at: 'typo' },
  { key: 'T1.0.unitCount', value: 2, at: 'typo' },
  { key: 'T1.1.indicatorCount', value: 4, at: 'typo' },
  { key: 'T2.1.grade6', value: 15, at: 'typo' },
  { key: 'T5.0.2.total.2', value: 998, at: 'typo' },
  { key: 'T5.0.3.count', value: 3, at: 'typo' },
  { key: 'T5.0.0.1.2', value: 25, at: 'relation' },
  { key: 'T4.0.1.weight', value: 45, at: 'relation' },
];

/** The typo as this style types it: a ratio is a fraction under `0.00%` in the fraction style. */
const typed = (style: AuthorStyle, key: string, value: number): Value =>
  style.numbers === 'fraction' && /share|rate/.test(key) ? value / 100 : value;

describe.each(STYLES.map((s) => [s.name, s] as const))('one typo, one error: %s', (_name, style) => {
  test.each(TYPOS)('$key → $value', async ({ key, value, at }) => {
    const authored = await authorWorkbook([SEED], style, new Map([[key, typed(style, key, value)]]));
    const place = authored.places.get(key)!;
    const { findings } = await checkBytes(authored.bytes);
    const bad = complaints(findings);
    expect(bad.map((f) => f.severity)).toEqual(['error']);
    const where = (r: { sheet: string; row: number; col: number }) => `${r.sheet}!${refA1(r)}`;
    if (at === 'typo') expect(where(bad[0].ref)).toBe(where(place));
    else expect(bad[0].cells.map(where)).toContain(where(place));
  });
});
