import type JSZip from 'jszip';
import { isReportMark, markedAreas, type MarkedArea } from '../../../../src/workbook/reportMark';
import { unescapeXml } from '../../../../src/workbook/xlsx/xmlText';

const DEFINED_NAME = /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g;
const NAME_ATTR = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * The report areas perfplan marked, read from the package's workbook.xml rather than through exceljs: exceljs keeps
 * one name per spelling and drops its sheet scope, so two sheets' `perfplan.report.1` (a copied report sheet) would
 * lose one of them.
 */
export async function readReportMarks(zip: JSZip): Promise<MarkedArea[]> {
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return [...xml.matchAll(DEFINED_NAME)].flatMap(([, attrs, text]) => {
    const m = NAME_ATTR.exec(attrs);
    const name = unescapeXml(m?.[1] ?? m?.[2] ?? '');
    return isReportMark(name) ? markedAreas(unescapeXml(text)) : [];
  });
}
