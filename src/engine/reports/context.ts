import type { Finding, Lang } from '../findings/finding';
import type { Plan } from '../model/plan';
import type { Formats } from './cells';

/** What every report builder reads: the plan, the formats of its cells, the language of a derived table's words. */
export type ReportContext = {
  readonly plan: Plan;
  readonly formats: Formats;
  readonly lang: Lang;
  /** For 점검 결과. */
  readonly findings: ReadonlyArray<Finding>;
};

/** Spaces do not tell names apart (`정보화마을프로그램관리 자운영` is `…관리자운영`). */
export const sameName = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
