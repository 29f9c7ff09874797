import type JSZip from 'jszip';
import { clipMerges } from './prepareMerges';
import { prepareStyles } from './prepareStyles';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The package prepared for exceljs: its styles (prepareStyles.ts) and its worksheets' oversized merges
 * (prepareMerges.ts); the same bytes when nothing needed changing. Damaged entries throw here (JSZip inflates lazily).
 */
export async function withPreparedParts(zip: JSZip, bytes: Uint8Array): Promise<Uint8Array> {
  let changed = false;
  const styles = zip.file('xl/styles.xml');
  const preparedStyles = styles && prepareStyles(await styles.async('string'));
  if (preparedStyles) {
    zip.file('xl/styles.xml', preparedStyles);
    changed = true;
  }
  for (const sheet of zip.file(WORKSHEET)) {
    const clipped = clipMerges(await sheet.async('string'));
    if (clipped) {
      zip.file(sheet.name, clipped);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : bytes;
}
