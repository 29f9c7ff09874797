import { detectTables } from '../../../src/engine/detect/detectTables';
import type { Detected } from '../../../src/engine/detect/detected';
import { sheetOf, type GridCell } from './grid';

type T6 = Extract<Detected, { kind: 'T6' }>;
const block = (name: string): GridCell[][] => [
  ['사업명', name],
  ['사업내용', '발행 : 매월 25일'],
  ['사업기간', '2016년01월01일 ~ 2020년12월31일'],
  ['지원형태', '직접수행'],
  ['지원조건', '국비 50%, 시비 25%, 구비 25%'],
  ['시행주체', '광주광역시 서구'],
];

describe('T6: label/value blocks', () => {
  test('consecutive blocks are separate tables with every field', () => {
    const rows = [['□ 관련 예산사업 개요'], [], ...block('구정홍보추진'), [], ...block('구정소식지 발행')];
    const tables = detectTables([sheetOf(rows)]).tables as T6[];
    expect(tables.map((t) => [t.overview.name.text, t.info.range.top, t.info.range.bottom, t.info.title?.row])).toEqual([
      ['구정홍보추진', 2, 7, 0],
      ['구정소식지 발행', 9, 14, undefined],
    ]);
    const o = tables[0].overview;
    expect([o.content, o.period, o.supportType, o.supportTerms, o.implementer].map((c) => c?.text)).toEqual(
      block('x')
        .slice(1)
        .map((r) => r[1]),
    );
  });

  test('a value merged across columns widens the range', () => {
    const merges = block('x').map((_, r) => ({ top: r, left: 1, bottom: r, right: 4 }));
    const [t] = detectTables([sheetOf(block('구정홍보추진'), { merges })]).tables;
    expect(t.info.range).toEqual({ top: 0, left: 0, bottom: 5, right: 4 });
  });
});
