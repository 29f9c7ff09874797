/** A closed interval of reals: every value a rounded figure could stand for. */
export type Interval = { readonly lo: number; readonly hi: number };

export const point = (v: number): Interval => ({ lo: v, hi: v });
