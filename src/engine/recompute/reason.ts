import type { Message } from '../findings/finding';
import type { Reading } from '../grid/reading';
import { figure } from '../interval/shown';
import { placeText } from '../relations/placeText';
import type { Place } from '../relations/relation';

/** Why a derived cell is written, in both languages: filled, corrected, or replacing what did not read as a number. */
export function editReason(place: Place, before: Reading, value: number, decimals: number): Message {
  const where = placeText(place);
  const now = figure(value, decimals);
  switch (before.kind) {
    case 'blank':
      return { ko: `빈 셀 채움: ${where.ko} = ${now}`, en: `Blank cell filled: ${where.en} = ${now}` };
    case 'number':
    case 'dash':
      return {
        ko: `불일치 수정: ${where.ko} ${before.shown} → ${now}`,
        en: `Inconsistent value corrected: ${where.en} ${before.shown} → ${now}`,
      };
    default: {
      const shown = before.kind === 'uncached' ? `=${before.formula}` : before.shown;
      return {
        ko: `숫자가 아닌 값 수정: ${where.ko} '${shown}' → ${now}`,
        en: `Non-number replaced: ${where.en} '${shown}' → ${now}`,
      };
    }
  }
}
