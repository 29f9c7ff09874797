import { type Checked, type Finding, type Plan } from '../../engine/edge';
import { unusable } from '../../workbook/xlsx/unusable';
import type { ExitCode } from '../exitCodes';
import type { Deps } from '../deps';
import type { Io } from '../io';
import { RULE, refuse, type Output } from '../printResult';

/** Read a file and check it; an unusable file or one without any plan table ends the run with exit 2. */
export async function checkFile(
  file: string,
  io: Io,
  out: Output,
  deps: Deps,
): Promise<{ plan: Plan; findings: Finding[]; checked: Checked } | ExitCode> {
  const read = await deps.read(file);
  if (!read.ok) return refuse(io, out, RULE.unusable, read.problem);
  const result = (await deps.engine()).check(read.sheets);
  if (result.plan.tables.length === 0) return refuse(io, out, RULE.unusable, unusable('noPlanTable'));
  return result;
}
