/** The four arithmetic operators of a 측정산식, after aliases (×, ÷, ·, full-width) are resolved. */
export type BinaryOp = '+' | '-' | '*' | '/';

/**
 * A node of a parsed 측정산식. Every node keeps its source offsets (`start` inclusive, `end` exclusive,
 * in UTF-16 units of the original text) so evaluation errors can point at the words that caused them.
 */
export type Expr =
  | { readonly type: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly type: 'identifier'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: 'negate'; readonly operand: Expr; readonly start: number; readonly end: number }
  | {
      readonly type: 'binary';
      readonly op: BinaryOp;
      /** Offset of the operator itself (a division by zero points here). */
      readonly opStart: number;
      readonly left: Expr;
      readonly right: Expr;
      readonly start: number;
      readonly end: number;
    };
