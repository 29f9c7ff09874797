import type { Message } from '../findings/finding';
import type { Interval } from '../interval/interval';
import { showNumber } from '../interval/shown';
import type { Department, TableKind } from '../model/plan';
import type { Place } from './relation';

/** The tables as the documents title them, and in English. */
export const TABLE_NAMES: Readonly<Record<TableKind, Message>> = {
  T0: { ko: '성과계획 총괄표', en: 'Plan summary table' },
  T1: { ko: '정책사업목표 현황', en: 'Policy objectives table' },
  T2: { ko: '조직 및 인력현황', en: 'Staffing table' },
  T3: { ko: '예산현황', en: 'Budget table' },
  T4: { ko: '성과지표별 목표치 설정', en: 'Indicator targets table' },
  T5: { ko: '관련 예산사업 내역', en: 'Project budget table' },
  T6: { ko: '관련 예산사업 개요', en: 'Project overview' },
};

/** `예산현황 정책사업 구성비` / `Budget table 정책사업 share`: row labels stay as the plan writes them. */
export const placeText = (p: Place): Message => ({
  ko: [TABLE_NAMES[p.table].ko, p.row, p.col.ko].filter(Boolean).join(' '),
  en: [TABLE_NAMES[p.table].en, p.row, p.col.en].filter(Boolean).join(' '),
});

/**
 * Decimals a message prints at most. General gives a tiny float (5E-324, a formula's 5.55E-17 noise) hundreds of
 * decimals, which toFixed refuses (over 100 it throws); no figure a reader checks needs more than this.
 */
const MAX_DECIMALS = 20;

/** A figure the way the plan shows it (`1,723`, `△4.50`); negative decimals (tens, hundreds) show as integers. */
export const figure = (v: number, decimals: number): string => showNumber(v, Math.min(MAX_DECIMALS, Math.max(0, decimals)));

/** `86.95~87.05`, or one figure when the interval rounds to a single one. */
export function range(i: Interval, decimals: number, dash: string): string {
  const [lo, hi] = [figure(i.lo, decimals), figure(i.hi, decimals)];
  return lo === hi ? lo : `${lo}${dash}${hi}`;
}

/** A figure and its interval: `87.00 (86.95~87.05)`. */
export const computed = (naive: number, i: Interval, d: number, dash: string): string => {
  const r = range(i, d, dash);
  const n = figure(naive, d);
  return r === n ? n : `${n} (${r})`;
};

/** Joins a place and a clause in both languages. */
export const say = (place: Message, ko: string, en: string): Message => ({ ko: `${place.ko}: ${ko}`, en: `${place.en}: ${en}` });

export type Figures = { readonly stated: number; readonly naive: number; readonly interval: Interval; readonly decimals: number };

/** A department as a message names it: its own name, or `department k` in English where the workbook names it nowhere. */
export const departmentName = (d: Pick<Department, 'name' | 'unnamed'>): Message => ({
  ko: d.name,
  en: d.unnamed ? `department ${d.unnamed}` : d.name,
});
