import {
  type Finding,
  type Lang,
  type Message,
  type MessageId,
  rangeA1,
  refA1,
  type CellRef,
  type RunRuleId,
  type TableInfo,
} from '../engine/edge';

/** The `--json` shape of the CLI contract (DESIGN.md): A1 strings at this edge, every key always present. */
export type JsonTable = {
  kind: TableInfo['kind'];
  sheet: string;
  range: string;
  department: string | null;
  goal: string | null;
  project: string | null;
};

export type JsonFinding = {
  severity: Finding['severity'];
  rule: string;
  /** Which of the rule's messages `message` is (ruleRegistry.ts): stable whatever the language, for scripts to match. */
  messageId: string;
  sheet: string | null;
  cell: string | null;
  cells: string[];
  message: string;
  stated: number | string | null;
  expected: number | null;
  interval: [number, number] | null;
  /** On an info that only follows from another cell's error: that cell. */
  cause?: string;
  /** On `t4.measure`: where in the 측정산식 its fault is (0-based). */
  offset?: number;
  /** Only on `file.unusable`: which kind of unusable input (notZip, encrypted …). */
  code?: string;
};

/** `check --json` adds how much it checked: the tables found and the relations evaluated. */
export type JsonReport = { tables: JsonTable[]; findings: JsonFinding[]; checked?: { tables: number; relations: number } };

export const tableJson = (t: TableInfo): JsonTable => ({
  kind: t.kind,
  sheet: t.sheet,
  range: rangeA1(t.range),
  department: t.department ?? null,
  goal: t.goal ?? null,
  project: t.project ?? null,
});

/** A cell on the finding's own sheet as `D7`; one on another sheet (a cross-table relation) as `'예산 현황'!D7`. */
const cellOn = (sheet: string, ref: CellRef): string =>
  ref.sheet === sheet ? refA1(ref) : `'${ref.sheet.replace(/'/g, "''")}'!${refA1(ref)}`;

export const findingJson = (f: Finding, lang: Lang): JsonFinding => ({
  severity: f.severity,
  rule: f.rule,
  messageId: f.messageId,
  sheet: f.ref.sheet,
  cell: refA1(f.ref),
  cells: f.cells.map((c) => cellOn(f.ref.sheet, c)),
  message: f.message[lang],
  stated: f.stated ?? null,
  expected: f.expected ?? null,
  interval: f.interval ? [f.interval[0], f.interval[1]] : null,
  ...(f.cause ? { cause: cellOn(f.ref.sheet, f.cause) } : {}),
  ...(f.offset === undefined ? {} : { offset: f.offset }),
});

/**
 * The one message of each rule about the run. Its words come from the CLI's own tables (messages.ts, and the
 * reader's `unusable` by its `code`), so the registry gives each rule a single message id.
 */
const RUN_MESSAGE_IDS = {
  'file.unusable': 'unusable',
  'cli.arguments': 'badArguments',
  'cli.internal': 'internal',
} as const satisfies { [R in RunRuleId]: MessageId<R> };

/** A finding about the whole run (unusable file, bad arguments, internal error): no sheet, no cell. */
export const runFindingJson = (rule: RunRuleId, message: Message, lang: Lang, code?: string): JsonFinding => ({
  severity: 'error',
  rule,
  messageId: RUN_MESSAGE_IDS[rule],
  sheet: null,
  cell: null,
  cells: [],
  message: message[lang],
  stated: null,
  expected: null,
  interval: null,
  ...(code === undefined ? {} : { code }),
});

/** One JSON object and a newline: all that `--json` ever puts on stdout. */
export const jsonLine = (report: JsonReport): string => `${JSON.stringify(report)}\n`;
