import type { Message } from '../../engine/edge';
import { problemOf } from '../../workbook/office/problems';
import { XlsxPort, type ReadBytes } from '../../workbook/xlsx/browserPort';
import { en } from '../strings/en';
import { ko } from '../strings/ko';

/** A workbook ready for the pane, or why it is not: a file that cannot be read never replaces the one open. */
export type Opened = { readonly ok: true; readonly port: XlsxPort } | { readonly ok: false; readonly message: Message };

/** Where the build puts the bundled example, next to taskpane.html. */
export const EXAMPLE_URL = 'examples/seed.xlsx';

export async function openWorkbook(bytes: Uint8Array, name: string, readBytes?: ReadBytes): Promise<Opened> {
  const port = new XlsxPort(bytes, name, readBytes);
  try {
    await port.read(); // read once now, so an unusable file is refused before the pane shows it
    return { ok: true, port };
  } catch (error) {
    return { ok: false, message: problemOf(error) };
  }
}

const exampleFailed: Message = { ko: ko.exampleFailed, en: en.exampleFailed };

/** The bundled example, so the page shows a real plan before the user has chosen a file. */
export async function openExample(fetchFile?: typeof fetch, readBytes?: ReadBytes): Promise<Opened> {
  try {
    const response = await (fetchFile ?? fetch)(EXAMPLE_URL);
    if (!response.ok) return { ok: false, message: exampleFailed };
    return await openWorkbook(new Uint8Array(await response.arrayBuffer()), EXAMPLE_URL.split('/').pop()!, readBytes);
  } catch {
    return { ok: false, message: exampleFailed }; // offline or blocked: the user can still open a file
  }
}

/** The name a download gets: the opened file's own until a recompute or an insertion changed it, then marked as edited. */
export function downloadName(port: XlsxPort, named: (base: string) => string): string {
  if (!port.changed()) return port.fileName;
  return named(port.fileName.replace(/\.xls[xm]$/i, ''));
}
