import type { Message } from '../../engine/edge';

/** Why a file cannot be checked at all; each kind gets its own one-line message naming the problem and the fix. */
export type UnusableCode =
  'notFound' | 'empty' | 'notZip' | 'notWorkbook' | 'xls' | 'encrypted' | 'text' | 'noSheets' | 'noPlanTable' | 'unreadable';

export type Unusable = Message & { readonly code: UnusableCode };

const MESSAGES: Record<UnusableCode, Message> = {
  notFound: {
    ko: '파일을 찾을 수 없습니다. 경로와 파일 이름을 확인하세요.',
    en: 'File not found. Check the path and the file name.',
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
};

export const unusable = (code: UnusableCode): Unusable => ({ code, ...MESSAGES[code] });
