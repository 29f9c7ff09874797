import fc from 'fast-check';
import type { RangeRef } from '../../src/engine/grid/cellRef';
import type { Cell, Sheet } from '../../src/engine/grid/sheet';
import { buildReport, check, recompute, reportIds } from '../../src/engine';
import { readPlan } from '../../src/engine/read/readPlan';

/**
 * Random grids never make check, recompute or any report throw. How fast they run is bench/'s business; jest's
 * timeout is the only clock here, and it fails a pathological case that hangs.
 */

/** Words the detector reacts to: header labels, titles, captions, row labels, years, section lines. */
const WORDS = [
  '정책사업목표',
  '성과지표수',
  '성과 지표 수',
  '단위사업수',
  '예산액',
  '예 산 액',
  '부서명',
  '정원',
  '계',
  '4급이상',
  '5급',
  '6급이하',
  '현원',
  '계단위 직제명',
  '구분',
  '구 분',
  '구성비',
  '전년도예산액',
  '비교증감',
  '증감률',
  '정책사업',
  '행정운영경비',
  '인력운영비',
  '기본경비',
  '재무활동',
  '합계',
  '소계',
  '성과지표(단위)',
  '지표 유형',
  '가중치',
  '실적 및 목표치',
  '목표',
  '실적',
  '측정산식',
  '자료수집 방법/출처',
  '사업명',
  '회계구분',
  '비고(세부사업수)',
  '사업내용',
  '사업기간',
  '지원형태',
  '지원조건',
  '시행주체',
  "'14결산",
  "'15예산",
  '2016 예산(A)',
  "'17",
  '2018년',
  '< 예산현황 >',
  '□ 관련 예산사업 내역',
  '(단위:개, 백만원)',
  '(단위 : 명)',
  '(단위: 천원)',
  '[소관실국]',
  '정책사업목표',
  '단위사업',
  '일반회계',
  '핵심',
  '일반',
  '국비 50%, 시비 25%, 구비 25%',
  '민간 30%',
  '△81',
  '△4.50%',
  '1,104',
  '100.00 %',
  '(81)',
  '미정',
  '-',
  '１，１０４',
  '#REF!',
  '',
];

/** The header rows of every table, whole, so bodies of random cells land under real headers. */
const HEADERS: ReadonlyArray<ReadonlyArray<string>> = [
  ['정책사업목표', '성과지표수', '단위사업수', '예산액'],
  ['부서명', '정원', '', '', '', '현원', '계단위 직제명'],
  ['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률'],
  ['성과지표(단위)', '지표 유형', '가중치', '구분', "'14", "'15", "'16", '측정산식'],
  ['사업명', '회계구분', "'14결산", "'15예산", "'16예산", '비고(세부사업수)'],
  ['사업명', 'x'],
];

const hangul = fc
  .array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 8 })
  .map((codes) => String.fromCharCode(...codes));

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((value): Cell => ({ value })) },
  { weight: 2, arbitrary: hangul.map((value): Cell => ({ value })) },
  {
    weight: 3,
    arbitrary: fc.oneof(fc.integer({ min: -2000, max: 5000 }), fc.double({ noNaN: false })).map((value): Cell => ({ value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('0.00', '0.00%', '#,##0,', '#,##0;"△"#,##0', '@', 'yyyy-mm-dd', '[[[')
      .chain((numFmt) => fc.double().map((value): Cell => ({ value, numFmt }))),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Cell>(
      { value: null, error: '#REF!' },
      { value: null, formula: 'SUM(A1:A2)', uncached: true },
      { value: true },
      { value: 3, formula: 'A1+A2' },
    ),
  },
);

const row = fc.oneof(
  { weight: 4, arbitrary: fc.array(cell, { maxLength: 14 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(4), fc.constantFrom(...HEADERS))
      .map(([at, h]) => [...Array<undefined>(at), ...h.map((value) => (value === '' ? undefined : { value }))]),
  },
);

const merge = (rows: number): fc.Arbitrary<RangeRef> =>
  fc.tuple(fc.nat(rows + 2), fc.nat(16), fc.nat(rows + 2), fc.nat(16), fc.boolean()).map(([a, b, c, d, huge]) => ({
    top: Math.min(a, c),
    left: Math.min(b, d),
    bottom: huge ? 1_048_575 : Math.max(a, c),
    right: huge ? 16_383 : Math.max(b, d),
  }));

const sheet: fc.Arbitrary<Sheet> = fc.array(row, { maxLength: 40 }).chain((rows) =>
  fc.record({
    name: fc.constantFrom('Sheet1', '예산 현황', "it's"),
    rows: fc.constant(rows),
    merges: fc.array(merge(rows.length), { maxLength: 6 }),
    hiddenCols: fc.array(fc.nat(15), { maxLength: 3 }),
  }),
);

/** Every stage a shell runs on a workbook: check, recompute (with re-weighting) and every report table. */
function runEverything(sheets: ReadonlyArray<Sheet>): void {
  const { plan, findings } = check(sheets);
  recompute(sheets, { rebalanceWeights: true, formulas: true });
  for (const id of reportIds) buildReport(plan, id, { sheets, findings });
}

describe('hostile grids', () => {
  test('random cells, header fragments, merged chaos and hidden columns: check, recompute and reports never throw', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        expect(() => runEverything(sheets)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test('headers with no body, and bodies with no header', () => {
    const headersOnly: Sheet = { name: 'h', rows: HEADERS.map((h) => h.map((value) => ({ value }))), merges: [] };
    const bodyOnly: Sheet = {
      name: 'b',
      rows: [
        ['계', 1723, 100, 1804, 100, -81, -4.5],
        ['정책사업', 1499, 86.97],
      ].map((r) => r.map((value) => ({ value }))),
      merges: [],
    };
    const plan = readPlan([headersOnly, bodyOnly]);
    expect(plan.tables.every((t) => t.sheet === 'h')).toBe(true);
    expect(() => runEverything([headersOnly, bodyOnly])).not.toThrow();
  });

  test('10,000 rows under a T5 header and 10,000 rows of noise', () => {
    const header = HEADERS[4].map((value): Cell => ({ value }));
    const body = Array.from({ length: 10_000 }, (_, i) => [
      { value: `세부사업 ${i}` },
      undefined,
      { value: i },
      { value: i * 2 },
      { value: i % 7 === 0 ? '미정' : i * 3 },
    ]);
    const noise = Array.from({ length: 10_000 }, (_, i) =>
      Array.from({ length: 12 }, (_, c) => ({ value: WORDS[(i * 12 + c) % WORDS.length] })),
    );
    const sheets: Sheet[] = [
      { name: '큰 표', rows: [header, ...body], merges: [] },
      { name: '잡음', rows: noise, merges: [] },
    ];
    const { plan, findings } = check(sheets);
    expect(plan.tables.filter((t) => t.sheet === '큰 표').map((t) => [t.kind, t.range.bottom])).toEqual([['T5', 10_000]]);
    expect(findings.some((f) => f.rule === 'cell.unread' && f.ref.sheet === '큰 표')).toBe(true);
  });
});
