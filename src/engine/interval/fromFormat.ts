import { getFormatInfo } from 'numfmt';

/** What a number format shows of a value: decimals in the reader's units and how it scales the value. */
export type FormatInfo = {
  readonly decimals: number;
  /** Multiply what the cell holds by this to get what the reader sees: 100 for %, 0.001 for `#,##0,`. */
  readonly scale: number;
  readonly percent: boolean;
  readonly general: boolean;
  readonly text: boolean;
};

const GENERAL: FormatInfo = { decimals: 0, scale: 1, percent: false, general: true, text: false };

export function formatInfo(code: string | undefined): FormatInfo {
  if (code === undefined || code.trim() === '' || /^general$/i.test(code.trim())) return GENERAL;
  try {
    const info = getFormatInfo(code);
    // A broken code shows General; scientific shows significant digits, not decimals: both are read as what they hold.
    if (info.type === 'general' || info.type === 'error' || info.type === 'scientific') return GENERAL;
    return { decimals: info.maxDecimals, scale: info.scale, percent: info.isPercent, general: false, text: info.isText };
  } catch {
    // An unparseable code shows the value as General would: never guess a precision.
    return GENERAL;
  }
}
