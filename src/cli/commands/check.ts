import type { Lang } from '../../engine/findings/finding';
import type { ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { checkText } from '../format';
import type { Io } from '../io';
import { exitFor, writeReport } from '../report';
import { checkFile } from './checkFile';

export type CheckArgs = { readonly file: string; readonly json: boolean; readonly lang: Lang };

/** `perfplan check <file>`: every finding, as text grouped by sheet or as the contract's JSON. */
export async function check(args: CheckArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const checked = await checkFile(args.file, io, args, deps);
  if (typeof checked === 'number') return checked;
  if (args.json) writeReport(io, args, checked.plan.tables, checked.findings);
  else io.stdout(checkText(checked.findings, args.lang));
  return exitFor(checked.findings);
}
