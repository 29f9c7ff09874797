import type { Lang } from '../../engine/edge';
import { EXIT, type ExitCode } from '../exitCodes';
import { realDeps, type Deps } from '../deps';
import { tablesText } from '../format';
import type { Io } from '../io';
import { writeResult } from '../printResult';
import { checkFile } from './checkFile';

export type TablesArgs = { readonly file: string; readonly json: boolean; readonly lang: Lang };

/** `perfplan tables <file>`: the tables detection found; exit 0 whenever there is at least one (findings are `check`'s). */
export async function tables(args: TablesArgs, io: Io, deps: Deps = realDeps): Promise<ExitCode> {
  const checked = await checkFile(args.file, io, args, deps);
  if (typeof checked === 'number') return checked;
  if (args.json) writeResult(io, args, checked.plan.tables, []);
  else io.stdout(tablesText(checked.plan.tables, args.lang));
  return EXIT.clean;
}
