import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  lstatSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupPath, writeOutput } from '../../../src/workbook/xlsx/writeFile';

const OLD = new TextEncoder().encode('old workbook');
const NEW = new TextEncoder().encode('new workbook bytes');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'perfplan-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const input = (name = '성과계획서 2025.xlsx') => {
  const path = join(dir, name);
  writeFileSync(path, OLD);
  return path;
};

describe('writeOutput', () => {
  it('writes a new file and leaves the input and the folder otherwise alone', async () => {
    const from = input();
    const out = join(dir, 'out.xlsx');
    await writeOutput(out, NEW, { inPlace: false, input: from });
    expect([readFileSync(out), readFileSync(from)]).toEqual([Buffer.from(NEW), Buffer.from(OLD)]);
    expect(readdirSync(dir).sort()).toEqual(['out.xlsx', '성과계획서 2025.xlsx']);
  });

  it('in place: replaces the input, keeps <name>.bak.xlsx with the old bytes, leaves no temporary file', async () => {
    const from = input();
    await writeOutput(from, NEW, { inPlace: true, input: from });
    expect(readFileSync(from)).toEqual(Buffer.from(NEW));
    expect(readFileSync(join(dir, '성과계획서 2025.bak.xlsx'))).toEqual(Buffer.from(OLD));
    expect(readdirSync(dir).sort()).toEqual(['성과계획서 2025.bak.xlsx', '성과계획서 2025.xlsx']);
  });

  it("in place: keeps the input's permissions", async () => {
    const from = input();
    chmodSync(from, 0o640);
    await writeOutput(from, NEW, { inPlace: true, input: from });
    expect(statSync(from).mode & 0o777).toBe(0o640);
  });

  it('in place: leaves the input untouched and no temporary file when the final step fails', async () => {
    const from = input();
    mkdirSync(backupPath(from)); // a folder where the backup must go makes the copy fail
    await expect(writeOutput(from, NEW, { inPlace: true, input: from })).rejects.toThrow();
    expect(readFileSync(from)).toEqual(Buffer.from(OLD));
    expect(readdirSync(dir).sort()).toEqual(['성과계획서 2025.bak.xlsx', '성과계획서 2025.xlsx']);
  });

  it('leaves the target as it was when the folder cannot take the temporary file', async () => {
    const out = join(dir, 'missing', 'out.xlsx');
    await expect(writeOutput(out, NEW, { inPlace: false, input: input() })).rejects.toThrow();
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write over the input without inPlace', async () => {
    const from = input();
    await expect(writeOutput(from, NEW, { inPlace: false, input: from })).rejects.toThrow(/inPlace/);
    expect(readFileSync(from)).toEqual(Buffer.from(OLD));
  });

  it('never replaces something other than a regular file, even when asked directly', async () => {
    const out = join(dir, 'out.xlsx');
    mkdirSync(out);
    await expect(writeOutput(out, NEW, { inPlace: false, input: input() })).rejects.toThrow(/not a regular file/);
    expect(lstatSync(out).isDirectory()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['out.xlsx', '성과계획서 2025.xlsx']);
  });

  it('follows a linked output: the file it names is replaced and the link stays', async () => {
    const real = join(dir, 'real.xlsx');
    writeFileSync(real, OLD);
    const link = join(dir, 'link.xlsx');
    symlinkSync(real, link);
    await writeOutput(link, NEW, { inPlace: false, input: input() });
    expect([lstatSync(link).isSymbolicLink(), readFileSync(real)]).toEqual([true, Buffer.from(NEW)]);
  });

  it('refuses a link naming the input as the output of a run without inPlace', async () => {
    const from = input();
    const link = join(dir, 'link.xlsx');
    symlinkSync(from, link);
    await expect(writeOutput(link, NEW, { inPlace: false, input: from })).rejects.toThrow(/inPlace/);
    expect(readFileSync(from)).toEqual(Buffer.from(OLD));
  });

  it.each([
    ['plan.xlsx', 'plan.bak.xlsx'],
    ['PLAN.XLSX', 'PLAN.bak.xlsx'],
    ["O'Brien 표.xlsx", "O'Brien 표.bak.xlsx"],
  ])('names the backup of %s %s', (name, backup) => expect(backupPath(join(dir, name))).toBe(join(dir, backup)));
});
