import type { Lang, Message } from '../findings/finding';

/** The words of the derived tables (the standard ones keep the documents' own Korean), Korean first. */
export const WORDS = {
  total: { ko: '계', en: 'Total' },
  department: { ko: '부서명', en: 'Department' },
  unitProject: { ko: '단위사업', en: 'Unit project' },
  detailProject: { ko: '세부사업', en: 'Detailed project' },
  budget: { ko: '예산액', en: 'Budget' },
  terms: { ko: '지원조건', en: 'Funding terms' },
  goal: { ko: '정책사업목표', en: 'Policy objective' },
  year: { ko: '기준연도', en: 'Year' },
  indicator: { ko: '성과지표', en: 'Indicator' },
  direction: { ko: '방향', en: 'Direction' },
  rising: { ko: '상향', en: 'higher is better' },
  falling: { ko: '하향', en: 'lower is better' },
  weight: { ko: '가중치', en: 'Weight' },
  target: { ko: '목표', en: 'Target' },
  actual: { ko: '실적', en: 'Actual' },
  rate: { ko: '달성률', en: 'Achievement' },
  score: { ko: '달성도', en: 'Weighted score' },
  share: { ko: '구성비', en: 'Share' },
  prevBudget: { ko: '전년도예산액', en: 'Previous budget' },
  change: { ko: '증감', en: 'Change' },
  changeRate: { ko: '증감률', en: 'Change rate' },
  severity: { ko: '구분', en: 'Severity' },
  table: { ko: '표', en: 'Table' },
  cell: { ko: '셀', en: 'Cell' },
  rule: { ko: '규칙', en: 'Rule' },
  message: { ko: '내용', en: 'Message' },
  stated: { ko: '표기', en: 'Stated' },
  expected: { ko: '계산값', en: 'Expected' },
  interval: { ko: '허용 범위', en: 'Allowed interval' },
  low: { ko: '하한', en: 'from' },
  high: { ko: '상한', en: 'to' },
  error: { ko: '오류', en: 'error' },
  warning: { ko: '경고', en: 'warning' },
  info: { ko: '참고', en: 'info' },
  achievementUnits: {
    ko: '(목표·실적: 지표 단위, 달성률·달성도: %)',
    en: "(target, actual: the indicator's unit; achievement, score: %)",
  },
  noFindings: { ko: '점검 결과 문제가 없습니다.', en: 'No findings.' },
} as const satisfies Record<string, Message>;

export type Word = keyof typeof WORDS;

export const word = (w: Word, lang: Lang): string => WORDS[w][lang];

/** A derived table's title as the documents write titles: `< 재원별 예산 >`. */
export const titled = (m: Message, lang: Lang): string => `< ${m[lang]} >`;

/** A unit caption: `(단위: 백만원)` / `(unit: 백만원)`. */
export const unitCaption = (units: string, lang: Lang): string => (lang === 'ko' ? `(단위: ${units})` : `(unit: ${units})`);

/** The words of one language: `const w = wordsIn(lang); w('total')`. */
export const wordsIn =
  (lang: Lang) =>
  (w: Word): string =>
    word(w, lang);
