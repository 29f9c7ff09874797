import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../cli/fakes';
import { B25_WRITTEN, LOOKALIKES, blankTotalAfter, partOf, perfplan } from './cases';

/**
 * Issue 17, defect 6: recompute once patched a comment inside sheetData that looked like row 25, said "1개 셀을
 * 바꿨습니다" and exited 0, with the cell still blank for every reader. The real row is written, the look-alike kept.
 */
const dir = tempDir();
// Each case spawns the CLI, bounded by perfplan()'s own 15 s.
jest.setTimeout(20_000);

describe.each(Object.entries(LOOKALIKES))('a %s inside sheetData that looks like row 25', (kind, lookalike) => {
  const name = kind.replace(/\W+/g, '-');
  const input = join(dir, `${name}.xlsx`);
  const output = join(dir, `${name}-out.xlsx`);

  beforeAll(async () => writeFileSync(input, await blankTotalAfter(lookalike)));

  test('recompute writes the real row and leaves the look-alike as it was', async () => {
    const run = perfplan(['recompute', input, '-o', output]);
    expect([run.status, run.stdout.split('\n')[0]]).toEqual([0, `1개 셀을 바꿔 ${output}에 썼습니다`]);
    const xml = await partOf(new Uint8Array(readFileSync(output)));
    const real = xml.slice(xml.indexOf(lookalike) + lookalike.length);
    expect(xml).toContain(lookalike);
    expect(real.slice(0, real.indexOf('</row>'))).toMatch(B25_WRITTEN);
  });

  test("perfplan's own check of the output finds 계 filled", () => {
    const run = perfplan(['check', output, '--json']);
    const findings = JSON.parse(run.stdout).findings as Array<{ severity: string; cell: string }>;
    expect(run.status).toBe(0);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
