/**
 * How a cell reads as a number, in the units the reader sees (0.8697 under `0.00%` reads 86.97,
 * 1104321 under `#,##0,` reads 1104.321). `decimals` is the number of decimals the cell shows in those
 * units (negative for a figure shown in tens, hundreds …); `value` is everything the cell holds.
 */
export type Reading =
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly decimals: number;
      readonly shown: string;
      readonly percent: boolean;
    }
  | { readonly kind: 'blank' }
  /** `-`, `–` or a lone dash: an exact zero where an amount belongs. */
  | { readonly kind: 'dash'; readonly shown: string }
  /** Words where a number belongs: 미정, 별도, 해당없음 … */
  | { readonly kind: 'word'; readonly shown: string }
  | { readonly kind: 'error'; readonly shown: string }
  /** A formula that was never calculated: report it, never read it as 0. */
  | { readonly kind: 'uncached'; readonly formula: string };
