import type { Unread } from '../model/plan';
import { bodyRows } from './bounds';
import { reportMissing } from './cells';
import type { DetectContext } from './detected';
import type { Header } from './headers';

/**
 * What every detector reads first under its header: the body rows (ending over the header's columns, plus `alsoCols`
 * where the first column can be blank in the header), and `unread` already holding each wanted column the header lacks.
 */
export function headerBody(
  ctx: DetectContext,
  header: Header,
  wanted: Readonly<Record<string, number | undefined>>,
  alsoCols: ReadonlyArray<number> = [],
): { unread: Unread[]; rows: number[] } {
  const unread: Unread[] = [];
  reportMissing(ctx.ix, header, wanted, unread);
  const rows = bodyRows(ctx.ix, header.bottom, [...alsoCols, ...header.cols.map((c) => c.col)], ctx.headers);
  return { unread, rows };
}
