import type { Message } from '../findings/finding';
import { TABLE_NAMES } from '../model/tableNames';
import type { Place } from './relation';

/** `예산현황 정책사업 구성비` / `Budget table 정책사업 share`: row labels stay as the plan writes them. */
export const placeText = (p: Place): Message => ({
  ko: [TABLE_NAMES[p.table].ko, p.row, p.col.ko].filter(Boolean).join(' '),
  en: [TABLE_NAMES[p.table].en, p.row, p.col.en].filter(Boolean).join(' '),
});
