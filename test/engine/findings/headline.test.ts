import { check } from '../../../src/engine';
import { headline, tally } from '../../../src/engine/findings/headline';
import type { Finding, FindingBody } from '../../../src/engine/findings/finding';
import { buildWorkbook, variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';

const at = { sheet: 'S', row: 0, col: 0 };
const finding = (severity: Finding['severity'], extra: Partial<FindingBody> = {}): Finding => ({
  severity,
  rule: 't3.share',
  messageId: 'mismatch',
  ref: at,
  cells: [at],
  message: { ko: '', en: '' },
  ...extra,
});
const rounding = finding('info', { interval: [1, 2] });

describe('headline', () => {
  it('says "no problems" with what was checked and the rounding notes folded into a count', () => {
    const h = headline([rounding, rounding, finding('info')], { tables: 20, relations: 145 });
    expect(h.kind).toBe('clean');
    expect(h.tally).toEqual({ errors: 0, warnings: 0, rounding: 2, effects: 0, notes: 1 });
    expect(h.message.ko).toBe('문제 없음 — 표 20개, 관계 145개 점검 (반올림 차이 2건은 정상, 참고 1건)');
    expect(h.message.en).toBe('No problems — 20 tables, 145 relations checked (2 rounding differences are normal, 1 note)');
  });

  it('names only the tables when the relations were not counted', () => {
    expect(headline([], { tables: 1 }).message).toEqual({ ko: '문제 없음 — 표 1개 점검', en: 'No problems — 1 table checked' });
  });

  it('counts errors and warnings when there is something to act on, in the singular for one', () => {
    const h = headline([finding('error'), finding('error'), finding('warning'), rounding], { tables: 3 });
    expect(h.kind).toBe('problems');
    expect(h.message).toEqual({ ko: '오류 2 · 경고 1', en: '2 errors · 1 warning' });
    expect(headline([finding('warning')], { tables: 3 }).message).toEqual({ ko: '경고 1', en: '1 warning' });
  });

  it('tells effects of an error apart from rounding', () => {
    expect(tally([finding('info', { interval: [1, 2], cause: at })]).effects).toBe(1);
  });

  it('finds the seed clean, its rounding differences counted', () => {
    const { plan, findings } = check(buildWorkbook([SEED], 'document').sheets);
    const h = headline(findings, { tables: plan.tables.length });
    expect(h.kind).toBe('clean');
    expect(h.tally.rounding).toBeGreaterThan(0);
    const broken = variant(SEED, (p) => void (p.budget.계.budget = 1800));
    expect(headline(check(buildWorkbook([broken], 'document').sheets).findings, { tables: 1 }).tally.errors).toBe(1);
  });
});
