import { cellRef } from '../grid/cellRef';
import { parseYearHeader } from '../grid/years';
import { nameKey } from '../model/measureLink';
import type { MeasureRow, TextCell } from '../model/plan';
import { UNREAD_MESSAGES } from '../model/unreadMessages';
import type { Anchor } from './anchors';
import { headerBody } from './body';
import { numAt, textAt } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Info } from './detected';
import { findCol, readHeader } from './headers';
import { is } from './labels';
import { isMeasureYear } from './measureHeader';
import { indicatorUnit } from './t4Indicators';

/** A 측정 자료 table as detected: its years and its rows, before they are linked to indicators. */
export type DetectedMeasures = {
  readonly kind: 'T4M';
  readonly info: Info;
  readonly years: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<MeasureRow>;
};

/** Units of counted quantities: their figures are exact integers (DOMAIN), not rounded from anything. */
const COUNT_UNIT = /^(명|개|건|회|곳|개소|가구|세대|점)$/;

/** A counted quantity: a count unit in the 단위 column or the item's parentheses, or a name ending in 수 (`보도건수`). */
const isCount = (item: string, unit: string | undefined): boolean =>
  COUNT_UNIT.test(unit ?? indicatorUnit(item)) || /수$/.test(nameKey(item));

/**
 * T4M 측정 자료: one row per quantity of an indicator (지표명 | 항목 | 단위? | one column per year). A name merged or
 * left blank over several rows is carried down; a blank value is a quantity not given, never 0.
 */
export function detectT4M(ctx: DetectContext, anchor: Anchor): DetectedMeasures {
  const { ix } = ctx;
  const yearsOnTop = ix.cellsOf(anchor.row).some((c) => c.col > anchor.col && isMeasureYear(c.key));
  const header = readHeader(ix, anchor.row, anchor.col, (key) => !yearsOnTop && isMeasureYear(key));
  const itemCol =
    findCol(header, (c) => is('measureItem', c.label)) ?? findCol(header, (c) => c.col > anchor.col && is('category', c.label));
  const unitCol = findCol(header, (c) => is('unitColumn', c.label));
  const years = header.cols.flatMap((c) => {
    const year = isMeasureYear(c.label) ? parseYearHeader(c.label)?.year : undefined;
    return year === undefined ? [] : [{ col: c.col, year }];
  });
  const { unread, rows } = headerBody(ctx, header, { 항목: itemCol, 연도: years[0]?.col });
  let name: TextCell | undefined;
  const read = rows.flatMap((r): MeasureRow[] => {
    name = textAt(ix, r, anchor.col) ?? name;
    const item = textAt(ix, r, itemCol);
    if (name === undefined || item === undefined) {
      const what = name === undefined ? { ko: '지표명이', en: 'an indicator name' } : { ko: '항목이', en: 'a quantity name' };
      const ref = cellRef(ix.sheet.name, r, name === undefined ? anchor.col : (itemCol ?? anchor.col));
      unread.push({ ref, messageId: 'noMeasureName', ...UNREAD_MESSAGES.noMeasureName(what) });
      return [];
    }
    const exact = isCount(item.text, textAt(ix, r, unitCol)?.text);
    const values = years.map((y) => numAt(ix, header, r, y.col, unread, { blankIsNothing: true, exact }));
    return [{ indicator: name, item, values }];
  });
  return {
    kind: 'T4M',
    info: tableInfo(ctx, 'T4M', bodyRange(header, rows), unread),
    years: years.map((y) => y.year),
    rows: read,
  };
}
