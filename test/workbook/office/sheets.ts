import type { XlScalar } from '../../../src/workbook/office/excelApi';
import type { SheetSpec } from '../../fakes/excel';

/** Amounts in 백만원 with △ for negatives, ratios to 2 dp: the formats a 예산현황 table carries. */
export const AMOUNT = '#,##0;"△"#,##0;0';
export const RATIO = '0.00;"△"0.00;0.00';

/** A department's 예산현황 (T3) as it sits on a sheet: title, caption, header, six rows; 계 holds a live formula. */
export function budgetSheet(name: string): SheetSpec {
  const rows: (XlScalar | null)[][] = [
    ['< 예산현황 >', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, '(단위: 백만원, %)'],
    ['구분', '예산액', '구성비', '전년도예산액', '구성비', '비교증감', '증감률', null],
    ['계', '=B5+B6+B9', 100, 1804, 100, -81, -4.5, null],
    ['정책사업', 1499, 86.97, 1595, 88.42, -96, -6.02, null],
    ['행정운영경비', 224, 13.03, 209, 11.58, 15, 7.14, null],
    ['인력운영비', 143, 8.28, 123, 6.82, 20, 16.09, null],
    ['기본경비', 81, 4.74, 86, 4.76, -5, -5.92, null],
    ['재무활동', 0, 0, 0, 0, 0, 0, null],
  ];
  const formats = rows.map((line, r) =>
    line.map((_, c) => (r < 3 || c === 0 || c === 7 ? null : c === 2 || c === 4 || c === 6 ? RATIO : AMOUNT)),
  );
  return { name, rows, formats, results: { B4: 1723 }, merges: ['A1:G1'] };
}

/** A department's worth of sheet: its 예산현황 followed by `extraRows` rows of 세부사업 amounts. */
export function departmentSheet(index: number, extraRows = 40): SheetSpec {
  const base = budgetSheet(`부서${index + 1}`);
  const rows = [
    ...base.rows,
    ...Array.from({ length: extraRows }, (_, r) => [
      `세부사업 ${r + 1}`,
      100 + r,
      120 + r,
      130.5 + r,
      '일반회계',
      null,
      null,
      null,
    ]),
  ];
  const formats = [
    ...(base.formats ?? []),
    ...Array.from({ length: extraRows }, () => [null, AMOUNT, AMOUNT, AMOUNT, null, null, null, null]),
  ];
  return { ...base, rows, formats };
}
