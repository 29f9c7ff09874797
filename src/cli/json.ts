import { type Finding, type Lang, type Message, rangeA1, refA1, type CellRef, type RuleId, type TableInfo } from '../engine/edge';

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

/** A finding about the whole run (unusable file, bad arguments, internal error): no sheet, no cell. */
export const runFindingJson = (rule: RuleId, message: Message, lang: Lang, code?: string): JsonFinding => ({
  severity: 'error',
  rule,
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
