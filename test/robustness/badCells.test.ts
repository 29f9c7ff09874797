import { refA1 } from '../../src/engine/grid/a1';
import { SEED } from '../fixtures/seed';
import type { Value } from './author/pen';
import { BASE, STYLES } from './author/style';
import { authorWorkbook } from './author/workbook';
import { checkBytes, complaints } from './checkBytes';

/**
 * Cells that hold no usable number, in another author's seed workbook: each is one `cell.unread` error at its own
 * sheet and cell, and no relation reads it as a number (no other error or warning). Text in the conventions reads.
 */
const UNREAD: ReadonlyArray<[string, string, Value | { error: string } | boolean]> = [
  ['a formula without a cached value in a total', 'T3.계.budget', { formula: 'C23+C24+C28' } as unknown as Value],
  ['#REF! in a total', 'T3.계.budget', { error: '#REF!' } as unknown as Value],
  ['#REF! in a share', 'T3.정책사업.share', { error: '#REF!' } as unknown as Value],
  ['a formula whose result is #DIV/0!', 'T3.계.rate', { formula: 'G22/E22', result: { error: '#DIV/0!' } } as unknown as Value],
  ['#N/A in T2', 'T2.0.quota', '#N/A'],
  ['a lone △ in T3', 'T3.계.change', '△'],
  ['미정 in a T5 세부사업', 'T5.0.0.1.2', '미정'],
  ['미정 in a T5 단위사업 row', 'T5.0.0.total.2', '미정'],
  ['미정 in T1', 'T1.0.budget', '미정'],
  ['words for a weight', 'T4.0.0.weight', '삼십'],
  ['words for a 세부사업수', 'T5.0.2.count', '네개'],
  ['TRUE for an amount', 'T3.계.budget', true],
  ['a text formula result', 'T3.정책사업.budget', { formula: 'B5', result: 'abc' } as unknown as Value],
];

describe.each(STYLES.filter((s) => s.layout !== 'oneSheet').map((s) => [s.name, s] as const))(
  'unreadable cells: %s',
  (_n, style) => {
    test.each(UNREAD)('%s', async (_name, key, value) => {
      const authored = await authorWorkbook([SEED], style, new Map([[key, value as Value]]));
      const at = authored.places.get(key)!;
      const bad = complaints((await checkBytes(authored.bytes)).findings);
      expect(bad.map((f) => [f.severity, f.rule, f.ref.sheet, refA1(f.ref)])).toEqual([
        ['error', 'cell.unread', at.sheet, refA1(at)],
      ]);
      expect(bad[0].message.ko).toContain(refA1(at));
    });
  },
);

/** Text in the domain's conventions is a number: typed where the seed has that figure, the plan still checks clean. */
const READABLE: ReadonlyArray<[string, Value]> = [
  ['T1.0.budget', '1,104'],
  ['T1.0.budget', '１，１０４'],
  ['T3.계.change', '△81'],
  ['T3.계.change', '(81)'],
  ['T3.계.rate', '△4.50%'],
  ['T3.정책사업.share', '86.97 %'],
  ['T3.재무활동.budget', '-'],
  ['T2.0.quota', '17명'],
];

test.each(READABLE)('%s typed as the text %s reads and checks clean', async (key, value) => {
  const authored = await authorWorkbook([SEED], BASE, new Map([[key, value]]));
  expect(complaints((await checkBytes(authored.bytes)).findings)).toEqual([]);
});
