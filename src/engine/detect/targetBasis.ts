import { cellRef } from '../grid/cellRef';
import { compactText } from '../grid/text';
import type { Indicator } from '../model/plan';
import { isSectionRow, type HeaderRows } from './bounds';
import type { SheetIndex, TextAt } from './sheetIndex';

/** The section title, compact: `< 성과지표별 목표치 설정 근거 >`, `□ 목표치 설정 근거`. */
const BASIS_TITLE = /목표치설정근거/;

/** How far below the T4's last row its 근거 title may sit (blank rows or a note between). */
const TITLE_REACH = 4;

/** Blank rows the section may hold between one indicator's lines and the next name. */
const GAP_REACH = 3;

/** A list marker in front of a line: `-`, `○`, `·`, `1.`, `가)`, `①` … */
const MARKER = /^(?:[-–—·•∙○◦▪▫■□*※>]|\d+[.)]|[가-하][.)]|[\u2460-\u2473])\s*/;

const stripMarker = (text: string): string => text.replace(MARKER, '').trim();

/** What a name line is matched on: no marker, no trailing colon, no spaces. */
const lineKey = (text: string): string => compactText(stripMarker(text)).replace(/[:：]$/, '');

/** An indicator's name as the bullets may write it: with its unit, or without (`행정정보시스템 운영도`). */
const nameKeys = (name: string): string[] => [compactText(name), compactText(name.replace(/\([^()]*\)\s*$/, ''))];

/** The row of the 근거 title right after the T4, when there is one before any other header or section. */
function titleRow(ix: SheetIndex, after: number, headers: HeaderRows): number | undefined {
  for (let r = after + 1; r <= after + TITLE_REACH; r++) {
    if (headers.has(r)) return undefined;
    if (ix.cellsOf(r).some((c) => BASIS_TITLE.test(c.key))) return r;
    if (isSectionRow(ix, r)) return undefined;
  }
  return undefined;
}

/**
 * The lines under each indicator's name, by indicator. A name line is a row whose first cell is an indicator's
 * name (whitespace removed, unit optional); the cells after it on that row and the rows below it until the next
 * name are its basis. The section ends at a header, a section line, or prose after a blank row.
 */
function gather(ix: SheetIndex, title: number, headers: HeaderRows, indicators: ReadonlyArray<Indicator>): Map<number, TextAt[]> {
  const keys = indicators.map((i) => nameKeys(i.name.text));
  const lines = new Map<number, TextAt[]>();
  let current: number | undefined;
  for (let r = title + 1, blank = 0; blank <= GAP_REACH; r++) {
    const cells = ix.cellsOf(r);
    if (cells.length === 0) {
      blank += 1;
      continue;
    }
    if (headers.has(r) || isSectionRow(ix, r)) break;
    const key = lineKey(cells[0].text);
    const named = key === '' ? -1 : keys.findIndex((k) => k.includes(key));
    if (named >= 0) {
      current = named;
      lines.set(named, [...(lines.get(named) ?? []), ...cells.slice(1)]);
    } else if (current !== undefined) {
      if (blank > 0) break; // prose after the section, not more basis
      lines.get(current)!.push(...cells);
    }
    blank = 0;
  }
  return lines;
}

/**
 * The T4's indicators with their 목표치 설정 근거 (`basis`), read from the `성과지표별 목표치 설정 근거` section
 * right after the table (`- 행정정보시스템 운영도` then `  - 과거 … 설정근거 : …`). Indicators the section does not
 * name, or names without any line, get none.
 */
export function withBases(ix: SheetIndex, headers: HeaderRows, after: number, indicators: ReadonlyArray<Indicator>): Indicator[] {
  const title = titleRow(ix, after, headers);
  if (title === undefined) return [...indicators];
  const lines = gather(ix, title, headers, indicators);
  return indicators.map((ind, i) => {
    const parts = (lines.get(i) ?? []).map((at) => ({ at, text: stripMarker(at.text) })).filter((p) => p.text !== '');
    if (parts.length === 0) return ind;
    const { row, col } = parts[0].at;
    return { ...ind, basis: { ref: cellRef(ix.sheet.name, row, col), text: parts.map((p) => p.text).join('\n') } };
  });
}
