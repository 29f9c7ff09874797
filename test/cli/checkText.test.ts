import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { SEVERITY_LABEL } from '../../src/cli/messages';
import { buildWorkbook, variant } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { writeFileSync } from 'node:fs';
import { captureIo, tempDir } from './fakes';

const SEED_FILE = join(__dirname, '../../examples/seed.xlsx');

async function cli(args: string[]) {
  const { io, out } = captureIo();
  const code = await run(args, io);
  return { code, ...out };
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('perfplan check as text', () => {
  it('prints at most 5 lines for the consistent seed, opening with the verdict', async () => {
    const r = await cli(['check', SEED_FILE]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).length).toBeLessThanOrEqual(5);
    expect(lines(r.stdout)[0]).toMatch(/^문제 없음 — 표 \d+개/);
  });

  it('--all prints every note, --json every finding', async () => {
    const json = JSON.parse((await cli(['check', SEED_FILE, '--json'])).stdout) as { findings: { severity: string }[] };
    const notes = json.findings.filter((f) => f.severity === 'info').length;
    expect(notes).toBeGreaterThan(5);
    const all = lines((await cli(['check', SEED_FILE, '--all'])).stdout);
    expect(all.filter((l) => l.trim().startsWith(`${SEVERITY_LABEL.info.ko} `))).toHaveLength(notes);
  });

  it('names the department on each finding line of a two-department workbook', async () => {
    const dir = tempDir();
    const second = { ...SEED, department: '기획예산과' };
    const broken = variant(second, (p) => void (p.budget.계.budget = 1800));
    const file = join(dir, 'two.xlsx');
    writeFileSync(
      file,
      new Uint8Array(await sheetsToWorkbook(buildWorkbook([SEED, broken], 'document').sheets).xlsx.writeBuffer()),
    );
    const r = await cli(['check', file]);
    expect(r.code).toBe(1);
    const error = lines(r.stdout).find((l) => l.startsWith(`  ${SEVERITY_LABEL.error.ko} `));
    expect(error).toMatch(/기획예산과\s+\S+\s+t3\.total/);
  });
});
