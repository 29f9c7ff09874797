import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** The rule ids ESLint (the project's own config, as `npm run lint` runs it) reports; `stdin` lints text as that file. */
function ruleIds(args: string[], stdin?: string): string[] {
  const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8', input: stdin });
  const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? 'parse'));
}

/**
 * The lint config's import rules really run on TypeScript: import-x parses no .ts dependency unless told how, and
 * no-cycle then passed any cycle in silence (unnoticed until this test). The probes never sit in src/, where the
 * import-cycle test of the same run would see them.
 */
describe('the lint config', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(__dirname, 'lint-probe-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => (a.length > 5 ? 1 : 0);\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an import cycle between two TypeScript files', () => {
    expect(ruleIds([join(dir, 'a.ts'), join(dir, 'b.ts')]).filter((r) => r === 'import-x/no-cycle')).toHaveLength(2);
  });

  it('reports an engine stage importing a stage above it', () => {
    // grid is the lowest stage: importing detect breaks the one-way order (linted as text, no file written).
    const text = "import { findAnchors } from '../detect/anchors';\nexport const u = findAnchors;\n";
    expect(ruleIds(['--stdin', '--stdin-filename', 'src/engine/grid/lintProbe.ts'], text)).toContain('no-restricted-imports');
  });
});
