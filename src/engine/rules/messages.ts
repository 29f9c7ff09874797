import type { Message } from '../findings/finding';
import type { Interval } from '../interval/interval';
import { figure } from '../interval/shown';
import type { Department } from '../model/plan';

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
