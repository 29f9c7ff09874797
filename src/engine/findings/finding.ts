import type { CellRef } from '../grid/cellRef';
import type { RuleId } from './ruleRegistry';
import type { Severity } from './severity';

export type { Severity };

export type Lang = 'ko' | 'en';

/** A message in both languages; rules declare their own, like ESLint rules do. */
export type Message = { readonly ko: string; readonly en: string };

/**
 * One reading the user may choose where the workbook admits several (`link.ambiguous`): its description, and the
 * choices that settle it (each 단위사업 named, spacing ignored, belongs to goal `goal`, 1-based), to pass to
 * `recompute(sheets, { links })`, which then writes that reading's figures.
 */
export type Choice = {
  readonly label: Message;
  readonly links: ReadonlyArray<{ readonly project: string; readonly goal: number }>;
};

/** What a rule reports. Errors are values: rules never throw on bad data. */
export type Finding = {
  readonly severity: Severity;
  /** Stable rule id, e.g. `t3.share`: one of the registry's (ruleRegistry.ts), listed in the README. */
  readonly rule: RuleId;
  /** The one cell to fix. */
  readonly ref: CellRef;
  /** Every cell of the relation. */
  readonly cells: ReadonlyArray<CellRef>;
  readonly message: Message;
  /** What the cell states, in the units the reader sees. */
  readonly stated?: number | string | null;
  /** What the relation gives (the naive value from what the inputs hold). */
  readonly expected?: number | null;
  /** Every value the relation allows given the rounding of its inputs. */
  readonly interval?: readonly [number, number];
  /** The decimals the stated cell shows, so a shell can print stated, expected and interval as the reader sees them. */
  readonly decimals?: number;
  /** Where in the stated text the fault is (a 측정산식's syntax error), as a 0-based offset. */
  readonly offset?: number;
  /** On an `info` that only follows from another cell's error: that cell (fix it, and this one follows). */
  readonly cause?: CellRef;
  /** On `link.ambiguous`: the candidate readings (at most 8), for a shell to offer; the message spells out the first 3. */
  readonly choices?: ReadonlyArray<Choice>;
};
