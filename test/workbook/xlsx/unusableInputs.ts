import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { UnusableCode } from '../../../src/workbook/xlsx/unusable';

/** Inputs for every kind of unusable file, made here rather than kept as binary fixtures. */

/** Deterministic noise (mulberry32), so a failure reproduces. */
export function randomBytes(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound-file header and one directory sector naming the streams (UTF-16LE names, 128-byte entries). */
export function oleContainer(streams: string[], payload: Uint8Array = new Uint8Array(0)): Uint8Array {
  const header = new Uint8Array(512);
  header.set(OLE_MAGIC);
  const view = new DataView(header.buffer);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint32(0x30, 0, true); // directory starts at sector 0
  const directory = new Uint8Array(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = new DataView(directory.buffer, i * 128, 128);
    Array.from(name).forEach((ch, k) => entry.setUint16(k * 2, ch.charCodeAt(0), true));
    entry.setUint16(0x40, (name.length + 1) * 2, true);
    entry.setUint8(0x42, i === 0 ? 5 : 2);
  });
  const out = new Uint8Array(1024 + payload.length);
  out.set(header);
  out.set(directory, 512);
  out.set(payload, 1024);
  return out;
}

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An .xlsx file whose package was changed after exceljs wrote it. */
export async function patchedWorkbook(
  build: (wb: ExcelJS.Workbook) => void,
  patch: (zip: JSZip) => Promise<void>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookBytes(build));
  await patch(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One input per unusable kind that a file's bytes can show (noPlanTable needs the engine; notFound needs no bytes). */
export async function unusableInputs(): Promise<Array<{ name: string; bytes: Uint8Array; code: UnusableCode }>> {
  const zipOf = async (files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(files)) zip.file(path, text);
    return zip.generateAsync({ type: 'uint8array' });
  };
  const encryptedPayload = await workbookBytes((wb) => (wb.addWorksheet('예산').getCell('A1').value = 1));
  return [
    { name: 'empty file', bytes: new Uint8Array(0), code: 'empty' },
    { name: 'random bytes', bytes: randomBytes(2048), code: 'notZip' },
    { name: 'zip without a workbook', bytes: await zipOf({ 'readme.txt': 'hello' }), code: 'notWorkbook' },
    { name: 'damaged zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(300)]), code: 'unreadable' },
    { name: 'old .xls', bytes: oleContainer(['Workbook', '\u0005SummaryInformation']), code: 'xls' },
    { name: 'encrypted .xlsx', bytes: oleContainer(['EncryptionInfo', 'EncryptedPackage'], encryptedPayload), code: 'encrypted' },
    { name: 'UTF-8 CSV', bytes: utf8('\ufeff구분,예산액,구성비\n계,"1,723",100.00\n정책사업,"1,499",87.00\n'), code: 'text' },
    { name: 'CP949 CSV', bytes: new Uint8Array([0xb0, 0xe8, 0x2c, 0x31, 0x37, 0x32, 0x33, 0x0d, 0x0a]), code: 'text' },
    { name: 'workbook without sheets', bytes: await workbookBytes(() => undefined), code: 'noSheets' },
    {
      name: 'workbook with only formatted blanks',
      bytes: await workbookBytes((wb) => (wb.addWorksheet('빈 시트').getCell('B2').numFmt = '0.00')),
      code: 'noSheets',
    },
  ];
}
