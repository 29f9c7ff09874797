import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { reportIds } from '../../src/engine/reports';
import { captureIo, tempDir } from './fakes';

const dir = tempDir();
const EXAMPLES = ['seed', 'two-departments'];

async function perfplan(...argv: string[]) {
  const { io, out } = captureIo();
  const code = await run(argv, io);
  return { code, ...out };
}

type Json = {
  tables: Array<{ kind: string; sheet: string; department: string | null }>;
  findings: Array<{ severity: string; rule: string; sheet: string; cell: string }>;
};

async function checkJson(path: string): Promise<Json> {
  return JSON.parse((await perfplan('check', path, '--json')).stdout) as Json;
}

/** Errors and warnings: a report's tables may add rounding infos of their own (they keep the source's figures). */
const notInfo = (json: Json) =>
  json.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);

describe('a report added by perfplan leaves check as it was', () => {
  it.each(EXAMPLES.flatMap((example) => reportIds.map((id) => [example, id] as const)))(
    '%s, report %s',
    async (example, id) => {
      const source = join('examples', `${example}.xlsx`);
      const output = join(dir, `${example}-${id}.xlsx`);
      const before = await checkJson(source);
      expect((await perfplan('report', source, '--table', id, '-o', output)).code).not.toBe(2);
      const after = await checkJson(output);
      expect(notInfo(after)).toEqual(notInfo(before));
      // The source's tables keep their departments; the report's are listed too, in no department.
      expect(after.tables.slice(0, before.tables.length)).toEqual(before.tables);
      const added = after.tables.slice(before.tables.length);
      expect(added.filter((t) => t.department !== null || before.tables.some((b) => b.sheet === t.sheet))).toEqual([]);
      if (/^t[1-6]$/.test(id)) {
        expect(added.length).toBeGreaterThan(0);
        expect(added.filter((t) => t.kind !== id.toUpperCase())).toEqual([]);
      }
    },
    30_000,
  );

  it('a second report on the output is read apart too: two marks, nothing joins the plan', async () => {
    const source = join('examples', 'two-departments.xlsx');
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    await perfplan('report', source, '--table', 't1', '-o', once);
    await perfplan('report', once, '--table', 't5', '-o', twice);
    expect(notInfo(await checkJson(twice))).toEqual(notInfo(await checkJson(source)));
  }, 30_000);
});
