import type { CellRef } from '../grid/cellRef';
import type { Message } from './message';
import type { RuleMessage } from './ruleRegistry';
import type { Severity } from './severity';

export type { Severity };

export type { Lang, Message } from './message';

/**
 * One reading the user may choose where the workbook admits several (`link.ambiguous`): its description, and the
 * choices that settle it (each 단위사업 named, spacing ignored, belongs to goal `goal`, 1-based), to pass to
 * `recompute(sheets, { links })`, which then writes that reading's figures.
 */
export type Choice = {
  readonly label: Message;
  readonly links: ReadonlyArray<{ readonly project: string; readonly goal: number }>;
};

/**
 * What a rule reports. Errors are values: rules never throw on bad data. `rule` is the stable rule id (`t3.share`,
 * one of the registry's in ruleRegistry.ts, listed in the README) and `messageId` which of that rule's messages
 * `message` is (`mismatch`, `roundingOnly` …): typed together, so a finding never carries another rule's message id.
 * Code and tests tell findings apart by the two, never by the words of `message`.
 */
export type Finding = RuleMessage & FindingBody;

/** A finding without its rule and message id: what it says about the cells. */
export type FindingBody = {
  readonly severity: Severity;
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
