import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const dir = join(__dirname, '../../../src/engine/formula');

describe('the formula language runs no host code', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s uses neither eval nor Function', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
  });
});
