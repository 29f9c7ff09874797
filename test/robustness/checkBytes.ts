import type { Finding } from '../../src/engine/findings/finding';
import type { Plan } from '../../src/engine/model/plan';
import { readPlan } from '../../src/engine/read/readPlan';
import { runRules } from '../../src/engine/rules';
import { readXlsx } from '../../src/workbook/xlsx/read';
import type { Written } from './author/pen';

/** An .xlsx file through the whole pipeline, as the CLI's check runs it. */
export async function checkBytes(bytes: Uint8Array): Promise<{ plan: Plan; findings: Finding[] }> {
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error(`unreadable test workbook: ${read.problem.en}`);
  const plan = readPlan(read.sheets);
  return { plan, findings: runRules(plan) };
}

/** The tables of a plan in the shape the author records them. */
export const foundTables = (plan: Plan): Written[] =>
  plan.tables.map((t) => ({
    kind: t.kind,
    sheet: t.sheet,
    department: t.department ?? '',
    ...(t.goal !== undefined ? { goal: t.goal } : {}),
    ...(t.project !== undefined ? { project: t.project } : {}),
  }));

/** Errors and warnings only: what a clean plan must not have. */
export const complaints = (findings: ReadonlyArray<Finding>): Finding[] => findings.filter((f) => f.severity !== 'info');
