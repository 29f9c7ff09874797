import type { StaffRow } from '../model/plan';
import type { Anchor } from './anchors';
import { headerBody } from './body';
import { numAt, textAt, textOr } from './cells';
import { bodyRange, tableInfo, type DetectContext, type Detected } from './detected';
import { findCol, readHeader, type HeaderCol } from './headers';
import { is } from './labels';

const isGradeLabel = (key: string): boolean => is('grade4', key) || is('grade5', key) || is('grade6', key);

/** 정원 계: the 계 under the 정원 group, or a single-row `정원` / `정원 계` column. */
const isQuota = (c: HeaderCol): boolean => (is('total', c.label) && is('quota', c.group)) || is('quota', c.label);

/** T2 조직 및 인력현황: 정원 {계, 4급이상, 5급, 6급이하} over two header rows; the 계 row first, then departments. */
export function detectT2(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  const header = readHeader(ix, anchor.row, anchor.col, isGradeLabel);
  const cols = {
    부서명: anchor.col,
    '정원 계': findCol(header, isQuota),
    '4급이상': findCol(header, (c) => is('grade4', c.label)),
    '5급': findCol(header, (c) => is('grade5', c.label)),
    '6급이하': findCol(header, (c) => is('grade6', c.label)),
    현원: findCol(header, (c) => is('current', c.label)),
  };
  const teamsCol = findCol(header, (c) => is('teams', c.label));
  const { unread, rows } = headerBody(ctx, header, cols);
  const staff: StaffRow[] = rows.map((r) => {
    const teams = textAt(ix, r, teamsCol);
    return {
      name: textOr(ix, r, anchor.col),
      quota: numAt(ix, header, r, cols['정원 계'], unread, { exact: true }),
      grade4: numAt(ix, header, r, cols['4급이상'], unread, { exact: true }),
      grade5: numAt(ix, header, r, cols['5급'], unread, { exact: true }),
      grade6: numAt(ix, header, r, cols['6급이하'], unread, { exact: true }),
      current: numAt(ix, header, r, cols.현원, unread, { exact: true }),
      ...(teams ? { teams } : {}),
    };
  });
  const range = bodyRange(header, rows);
  const info = tableInfo(ctx, 'T2', range, unread);
  const totalAt = staff.findIndex((s) => is('total', s.name.text.replace(/\s/g, '')));
  if (totalAt < 0) return { kind: 'T2', info, rows: staff };
  return { kind: 'T2', info, total: staff[totalAt], rows: staff.filter((_, i) => i !== totalAt) };
}
