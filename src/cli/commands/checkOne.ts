import type { Checked, DepartmentFacts, Finding, Message, RunRuleId, TableInfo } from '../../engine/edge';
import { unusable } from '../../workbook/xlsx/unusable';
import type { Deps } from '../deps';
import { internalError } from '../messages';
import { RULE } from '../printResult';

/** One file of a many-file check, as plain data: what a worker thread sends back. */
export type FileOutcome =
  | {
      readonly file: string;
      readonly ok: true;
      readonly tables: ReadonlyArray<TableInfo>;
      readonly findings: ReadonlyArray<Finding>;
      /** How many tables were found and relations checked. */
      readonly checked: Checked;
      readonly departments: ReadonlyArray<string>;
      /** What a 총괄표 in another file is compared with. */
      readonly facts: ReadonlyArray<DepartmentFacts>;
      /** Whether the file holds a 성과계획 총괄표. */
      readonly summary: boolean;
    }
  | {
      readonly file: string;
      readonly ok: false;
      readonly rule: RunRuleId;
      readonly problem: Message & { readonly code?: string };
    };

/**
 * Reads and checks one file, never throwing: an unusable file, one with no plan table, or a failure inside perfplan
 * is an outcome like any other, so the other files of the run still go on.
 */
export async function checkOne(file: string, deps: Deps, departments?: ReadonlyArray<DepartmentFacts>): Promise<FileOutcome> {
  try {
    const read = await deps.read(file);
    if (!read.ok) return { file, ok: false, rule: RULE.unusable, problem: read.problem };
    const engine = await deps.engine();
    const result = engine.check(read.sheets, departments ? { departments } : {});
    const { plan, findings } = result;
    if (plan.tables.length === 0) return { file, ok: false, rule: RULE.unusable, problem: unusable('noPlanTable') };
    return {
      file,
      ok: true,
      tables: plan.tables,
      findings,
      checked: result.checked,
      departments: plan.departments.map((d) => d.name),
      facts: engine.departmentFacts?.(plan) ?? [],
      summary: (plan.summaries ?? []).length > 0,
    };
  } catch (e) {
    return { file, ok: false, rule: RULE.internal, problem: internalError(e instanceof Error ? e.message : String(e)) };
  }
}
