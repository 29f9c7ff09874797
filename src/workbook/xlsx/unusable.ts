import type { Message } from '../../engine/edge';
import { MAX_COLS, MAX_FILE_BYTES, MAX_PART_BYTES, MAX_ROWS, MAX_TOTAL_BYTES, megabytes } from './readLimits';

/** Why a file cannot be checked at all; each kind gets its own one-line message naming the problem and the fix. */
export type UnusableCode =
  | 'notFound'
  | 'directory'
  | 'notRegular'
  | 'linkLoop'
  | 'fileTooLarge'
  | 'empty'
  | 'notZip'
  | 'notWorkbook'
  | 'xls'
  | 'encrypted'
  | 'drm'
  | 'text'
  | 'noSheets'
  | 'noPlanTable'
  | 'unreadable'
  | 'entities'
  | 'sizeMismatch'
  | 'partTooLarge'
  | 'packageTooLarge'
  | 'beyondGrid';

export type Unusable = Message & { readonly code: UnusableCode };

const MESSAGES: Record<UnusableCode, Message> = {
  notFound: {
    ko: '파일을 찾을 수 없습니다. 경로와 파일 이름을 확인하세요.',
    en: 'File not found. Check the path and the file name.',
  },
  directory: {
    ko: '폴더입니다. 폴더 안의 .xlsx 파일을 지정하세요.',
    en: 'This is a directory. Give an .xlsx file inside it.',
  },
  notRegular: {
    ko: '일반 파일이 아닙니다(파이프, 장치 등). 디스크에 저장된 .xlsx 파일을 지정하세요.',
    en: 'This is not a regular file (a pipe, a device …). Give an .xlsx file saved on disk.',
  },
  linkLoop: {
    ko: '심볼릭 링크가 끝없이 서로를 가리킵니다. 실제 .xlsx 파일의 경로를 지정하세요.',
    en: 'The symbolic links point at each other in a loop. Give the path of the real .xlsx file.',
  },
  fileTooLarge: {
    ko: `파일이 ${megabytes(MAX_FILE_BYTES)}보다 큽니다(읽기 한도). 성과계획서 표만 담은 파일로 나누어 지정하세요.`,
    en: `The file is larger than ${megabytes(MAX_FILE_BYTES)} (the read limit). Give a file holding only the plan tables.`,
  },
  empty: {
    ko: '빈 파일입니다(0바이트). 내용이 있는 .xlsx 파일을 지정하세요.',
    en: 'The file is empty (0 bytes). Give an .xlsx file with content.',
  },
  notZip: {
    ko: 'Excel 통합 문서(.xlsx)가 아닙니다. Excel에서 열어 .xlsx로 저장한 뒤 다시 시도하세요.',
    en: 'This is not an Excel workbook (.xlsx). Open it in Excel, save it as .xlsx and try again.',
  },
  notWorkbook: {
    ko: 'ZIP 파일이지만 Excel 통합 문서가 아닙니다(xl/workbook.xml 없음). .xlsx 파일을 지정하세요.',
    en: 'This is a zip file but not an Excel workbook (no xl/workbook.xml). Give an .xlsx file.',
  },
  xls: {
    ko: '예전 형식의 .xls 파일입니다. Excel에서 열어 .xlsx로 저장한 뒤 다시 시도하세요.',
    en: 'This is an old-format .xls file. Open it in Excel, save it as .xlsx and try again.',
  },
  encrypted: {
    ko: '암호나 문서보안(DRM)으로 보호된 파일입니다. 문서보안이 걸린 파일은 .xlsx로 다시 저장해도 풀리지 않으니, 문서 담당자(작성자)에게 보안을 해제한 사본을 받아 다시 시도하세요. 암호만 걸린 파일은 Excel에서 암호를 해제하면 됩니다.',
    en: 'The file is protected by a password or by document security (DRM). Saving it again does not remove DRM: ask its owner for a copy with the security released, and try again. A file with only a password can be opened in Excel and saved without it.',
  },
  drm: {
    ko: '문서보안(DRM) 프로그램으로 보호된 파일이라 내용을 읽을 수 없습니다. 문서보안 프로그램에서 보안을 해제한(사내 반출 승인을 받은) 사본으로 다시 시도하세요.',
    en: 'The file is protected by a document-security (DRM) program, so its content cannot be read. Try again with a copy whose protection was released (your office’s export approval).',
  },
  text: {
    ko: '텍스트(CSV 등) 파일입니다. Excel에서 열어 .xlsx로 저장한 뒤 다시 시도하세요.',
    en: 'This is a text (CSV or similar) file. Open it in Excel, save it as .xlsx and try again.',
  },
  noSheets: {
    ko: '통합 문서에 내용이 있는 시트가 없습니다. 성과계획서 표가 든 파일을 지정하세요.',
    en: 'The workbook has no sheet with any cells. Give a file that holds the plan tables.',
  },
  noPlanTable: {
    ko: '성과계획서 표(정책사업목표 현황, 예산현황 등)를 찾지 못했습니다. 표 제목과 머리글을 확인하세요.',
    en: 'No performance-plan table (정책사업목표 현황, 예산현황 …) was found. Check the table titles and headers.',
  },
  unreadable: {
    ko: '파일을 읽을 수 없습니다(손상되었거나 지원하지 않는 형식). Excel에서 열어 .xlsx로 다시 저장한 뒤 시도하세요.',
    en: 'The file cannot be read (damaged or unsupported). Open it in Excel, save it again as .xlsx and retry.',
  },
  entities: {
    ko: '통합 문서의 XML에 DTD나 엔터티 선언이 들어 있습니다(Excel은 쓰지 않는 형식이며 읽지 않습니다). Excel에서 열어 .xlsx로 다시 저장하세요.',
    en: 'The workbook’s XML holds a DTD or entity declarations (Excel never writes them; they are not read). Open it in Excel and save it again as .xlsx.',
  },
  sizeMismatch: {
    ko: '압축을 풀면 ZIP 목록에 적힌 크기보다 커지는 부분이 있어 읽기를 멈췄습니다(손상된 파일이거나 압축 폭탄입니다).',
    en: "A part inflates past the size the zip's directory states for it, so reading stopped there (a damaged file, or a zip bomb).",
  },
  partTooLarge: {
    ko: `압축을 풀면 ${megabytes(MAX_PART_BYTES)}를 넘는 부분이 있습니다(부분당 한도). 압축 폭탄이거나 표와 무관한 내용입니다.`,
    en: `A part of the package inflates past ${megabytes(MAX_PART_BYTES)} (the limit per part): a zip bomb, or content no plan table needs.`,
  },
  packageTooLarge: {
    ko: `압축을 푼 내용이 모두 ${megabytes(MAX_TOTAL_BYTES)}를 넘습니다(전체 한도). 성과계획서 표만 담은 파일로 나누어 지정하세요.`,
    en: `The parts read inflate past ${megabytes(MAX_TOTAL_BYTES)} in total (the package limit). Give a file holding only the plan tables.`,
  },
  beyondGrid: {
    ko: `Excel 시트의 범위(${MAX_ROWS.toLocaleString('en-US')}행, XFD열=${MAX_COLS.toLocaleString('en-US')}열)를 넘는 셀이나 행이 있습니다. Excel이 만든 파일이 아닙니다.`,
    en: `A cell or row lies beyond Excel's grid (${MAX_ROWS.toLocaleString('en-US')} rows, column XFD = ${MAX_COLS.toLocaleString('en-US')}): no file Excel wrote.`,
  },
};

export const unusable = (code: UnusableCode): Unusable => ({ code, ...MESSAGES[code] });

/** A file some DRM product wrapped, the product named (its program is where the protection is released). */
export const drmProtected = (product: string): Unusable => ({
  code: 'drm',
  ko: `${product} 문서보안(DRM)으로 보호된 파일이라 내용을 읽을 수 없습니다. ${product} 프로그램에서 보안을 해제한(사내 반출 승인을 받은) 사본으로 다시 시도하세요.`,
  en: `The file is protected by ${product} document security (DRM), so its content cannot be read. Try again with a copy whose ${product} protection was released (your office’s export approval).`,
});
