import type { Lang, Message } from '../engine/edge';

/** The words of a many-file check: its summary table and verdicts. */
export const MANY_HEADER: Record<Lang, ReadonlyArray<string>> = {
  ko: ['파일', '부서', '오류', '경고', '판정'],
  en: ['file', 'department(s)', 'errors', 'warnings', 'verdict'],
};

export type Verdict = 'clean' | 'errors' | 'unusable';

export const VERDICT: Record<Verdict, Message> = {
  clean: { ko: '통과', en: 'pass' },
  errors: { ko: '오류', en: 'errors' },
  unusable: { ko: '읽을 수 없음', en: 'unusable' },
};

/** What the department column says of a file that names none but holds a 총괄표. */
export const SUMMARY_ONLY: Message = { ko: '(성과계획 총괄표)', en: '(plan summary)' };

export const noWorkbooks: Message = {
  ko: '점검할 .xlsx 파일이 없습니다. 파일이나 .xlsx 파일이 든 폴더를 지정하세요.',
  en: 'No .xlsx file to check. Give files, or a folder holding .xlsx files.',
};

export const reportNeedsOneFile: Message = {
  ko: '--report는 파일 하나를 점검할 때만 쓸 수 있습니다.',
  en: '--report works with one file only.',
};

export const reportNeedsOneInput: Message = {
  ko: '이 표는 파일 하나로 만듭니다(여러 파일이나 폴더는 --table summary만).',
  en: 'This table is built from one file (several files or a folder only with --table summary).',
};

export const filesTotal = (files: number, verdicts: Record<Verdict, number>): Message => ({
  ko: `파일 ${files}개: 통과 ${verdicts.clean}, 오류 ${verdicts.errors}, 읽을 수 없음 ${verdicts.unusable}`,
  en: `${files} files: ${verdicts.clean} pass, ${verdicts.errors} with errors, ${verdicts.unusable} unusable`,
});
