import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import { seedBytes, withPart } from '../../robustness/corrupt';
import { packedCli } from '../../setup/packedCli';

/**
 * The write-side cases of issue 17, each the seed example package (examples/seed.xlsx) edited as text, and the CLI run
 * as a child process: its exit code, its words and what it left on disk are what these cases are about.
 */

export const SHEET = 'xl/worksheets/sheet1.xml';

/** The seed's 예산현황 계 예산액 (B25, 1,723) as it is written in the package, and blanked: recompute fills it in. */
const B25 = '<c r="B25" s="3"><v>1723</v></c>';
const B25_BLANK = '<c r="B25" s="3"/>';

/** The seed with 계 예산액 blank: the one cell recompute writes. */
export const blankTotal = (): Promise<Uint8Array> =>
  withPart(seedBytes(), SHEET, (xml) => {
    if (!xml.includes(B25)) throw new Error('the seed no longer holds B25 as expected');
    return xml.replace(B25, B25_BLANK);
  });

/** Markup holding text that looks like row 25 (with its blank B25) but is no element. */
export const LOOKALIKES = {
  comment: `<!--<row r="25" spans="1:7">${B25_BLANK}</row>-->`,
  'processing instruction': `<?perfplan <row r="25" spans="1:7">${B25_BLANK}</row>?>`,
} as const;

/** The seed with 계 예산액 blank and, inside sheetData just before the real row 25, `lookalike`. */
export const blankTotalAfter = async (lookalike: string): Promise<Uint8Array> =>
  withPart(await blankTotal(), SHEET, (xml) => xml.replace('<row r="25"', `${lookalike}<row r="25"`));

/** One part of a package as text. */
export const partOf = async (bytes: Uint8Array, part = SHEET): Promise<string> =>
  (await JSZip.loadAsync(bytes)).file(part)!.async('string');

export const B25_WRITTEN = /<c r="B25" s="\d+"><v>1723<\/v><\/c>/;

/** `perfplan …` in a child process, bounded (a hang fails the case instead of the run). */
export function perfplan(args: ReadonlyArray<string>): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [...packedCli(), ...args], {
    encoding: 'utf8',
    cwd: join(__dirname, '..', '..', '..'),
    timeout: 15_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
