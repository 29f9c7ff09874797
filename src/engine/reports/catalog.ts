import type { Message } from '../findings/finding';
import { TABLE_NAMES } from '../model/tableNames';

/** Every report perfplan builds: the six standard tables of a plan, then the tables derived from them. */
export const reportIds = [
  't1',
  't2',
  't3',
  't4',
  't5',
  't6',
  'funding',
  'achievement',
  'departments',
  'summary',
  'findings',
] as const;

export type ReportId = (typeof reportIds)[number];

export const REPORT_NAMES: Readonly<Record<ReportId, Message>> = {
  t1: TABLE_NAMES.T1,
  t2: TABLE_NAMES.T2,
  t3: TABLE_NAMES.T3,
  t4: TABLE_NAMES.T4,
  t5: TABLE_NAMES.T5,
  t6: TABLE_NAMES.T6,
  funding: { ko: '재원별 예산', en: 'Budget by funding source' },
  achievement: { ko: '성과지표 달성도 현황', en: 'Indicator achievement' },
  departments: { ko: '부서별 예산 총괄', en: 'Budget by department' },
  summary: TABLE_NAMES.T0,
  findings: { ko: '점검 결과', en: 'Check results' },
};

/** `t3`, `T3` and ` t3 ` all name 예산현황; undefined for an unknown id. */
export function reportId(text: string): ReportId | undefined {
  const id = text.trim().toLowerCase();
  return (reportIds as ReadonlyArray<string>).includes(id) ? (id as ReportId) : undefined;
}
