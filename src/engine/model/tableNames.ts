import type { Message } from '../findings/finding';
import type { TableKind } from './plan';

/** The tables as the documents title them, and in English. */
export const TABLE_NAMES: Readonly<Record<TableKind, Message>> = {
  T0: { ko: '성과계획 총괄표', en: 'Plan summary table' },
  T1: { ko: '정책사업목표 현황', en: 'Policy objectives table' },
  T2: { ko: '조직 및 인력현황', en: 'Staffing table' },
  T3: { ko: '예산현황', en: 'Budget table' },
  T4: { ko: '성과지표별 목표치 설정', en: 'Indicator targets table' },
  T4M: { ko: '측정 자료', en: 'Measurement data table' },
  T5: { ko: '관련 예산사업 내역', en: 'Project budget table' },
  T6: { ko: '관련 예산사업 개요', en: 'Project overview' },
};
