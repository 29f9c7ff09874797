import type { Message } from '../../engine/edge';
import { PortProblemError, type PortProblem } from '../port';

/** Why Excel could not do what the pane asked; each kind has one message that names the fix. */
export type ProblemCode = 'cellEditMode' | 'protectedSheet' | 'readOnly' | 'tooLarge' | 'busy' | 'unknown';

export type OfficeProblem = PortProblem & { readonly code: ProblemCode };

const MESSAGES: Record<ProblemCode, Message> = {
  cellEditMode: { ko: '셀 편집을 마친 뒤 다시 시도하세요.', en: 'Finish editing the cell, then try again.' },
  protectedSheet: {
    ko: '보호된 시트입니다. [검토] 탭에서 시트 보호를 해제한 뒤 다시 시도하세요.',
    en: 'The sheet is protected. Unprotect it on the Review tab, then try again.',
  },
  readOnly: {
    ko: '읽기 전용 통합 문서입니다. 편집을 사용하도록 설정하거나 사본을 저장한 뒤 다시 시도하세요.',
    en: 'The workbook is read-only. Enable editing or save a copy, then try again.',
  },
  tooLarge: {
    ko: '통합 문서가 너무 커서 Excel이 요청을 거부했습니다. 필요 없는 시트를 줄인 뒤 다시 시도하세요.',
    en: 'The workbook is too large for Excel to answer the request. Remove unneeded sheets and try again.',
  },
  busy: { ko: 'Excel이 사용 중입니다. 잠시 뒤 다시 시도하세요.', en: 'Excel is busy. Try again in a moment.' },
  unknown: { ko: 'Excel과 통신하지 못했습니다. 다시 시도하세요.', en: 'Could not talk to Excel. Try again.' },
};

/** Excel's error codes (OfficeExtension.Error.code) and the kind each one means here. */
const BY_CODE: Record<string, ProblemCode> = {
  InvalidOperationInCellEditMode: 'cellEditMode',
  AccessDenied: 'protectedSheet',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  PayloadTooLarge: 'tooLarge',
  ActivityLimitReached: 'busy',
  RequestAborted: 'busy',
};

export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

export const isPayloadTooLarge = (error: unknown): boolean => BY_CODE[errorCode(error) ?? ''] === 'tooLarge';

export const problem = (code: ProblemCode, sheet?: string): OfficeProblem => ({
  code,
  ...MESSAGES[code],
  ...(sheet === undefined ? {} : { sheet }),
});

/** Any rejection from Excel as a problem the pane can show; nothing from Office reaches the user as a stack. */
export const problemOf = (error: unknown): PortProblem =>
  error instanceof PortProblemError ? error.problem : problem(BY_CODE[errorCode(error) ?? ''] ?? 'unknown');
