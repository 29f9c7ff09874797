export type Direction = 'rising' | 'falling';

/**
 * Words that name something to keep low. Compared with spaces removed, and specific on purpose:
 * a bare 장애 would also catch 장애인 일자리, a bare 사고 would catch 사고예방교육.
 */
export const FALLING_WORDS: ReadonlyArray<string> = [
  '장애시간',
  '장애건수',
  '장애발생',
  '장애율',
  '중단시간',
  '고장건수',
  '고장률',
  '결함',
  '처리기간',
  '처리시간',
  '소요시간',
  '소요기간',
  '대기시간',
  '지연',
  '사고건수',
  '사고발생',
  '사고율',
  '사망자',
  '부상자',
  '재해율',
  '화재발생',
  '민원발생',
  '민원건수',
  '불만',
  '오류율',
  '오류건수',
  '오류발생',
  '체납',
  '이직률',
  '실업률',
  '범죄발생',
  '위반건수',
  '누수율',
  '배출량',
  '발생량',
  '발생률',
  '발생건수',
  '사망률',
  '미세먼지농도',
  '불법투기',
];

/** Words that turn a falling subject into a rising measure: 장애시간 단축률, 체납액 징수율, 불만 처리율. */
export const IMPROVING_WORDS: ReadonlyArray<string> = [
  '단축',
  '감소',
  '절감',
  '저감',
  '감량',
  '감축',
  '축소',
  '예방',
  '방지',
  '해소',
  '개선',
  '해결',
  '징수',
  '정리',
  '처리율',
  '재활용',
];

/** Units of elapsed time: a 민원 처리 (일) or 복구 (시간) indicator is better when shorter. */
const TIME_UNITS = new Set(['일', '시간', '분', '초', '개월']);
const DURATION_WORDS = ['처리', '소요', '대기', '복구', '응답'];

/**
 * Which way an indicator should move, from its name and unit only. Never from its 측정산식:
 * 행정정보시스템 운영도 rises although its formula subtracts 중단시간.
 */
export function indicatorDirection(name: string, unit: string): Direction {
  const compact = name.replace(/\s+/g, '');
  if (IMPROVING_WORDS.some((w) => compact.includes(w))) return 'rising';
  if (FALLING_WORDS.some((w) => compact.includes(w))) return 'falling';
  if (TIME_UNITS.has(unit.trim()) && DURATION_WORDS.some((w) => compact.includes(w))) return 'falling';
  return 'rising';
}
