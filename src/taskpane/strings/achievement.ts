/** The 달성도 panel's words; ko.ts and en.ts hold them under `achievement`. */
export const achievementKo = {
  heading: '성과지표 달성도',
  score: '달성도',
  year: (year: number) => `${year}년`,
  showIndicators: (goal: string) => `${goal}: 지표별 달성률 보기`,
  target: '목표',
  actual: '실적',
  rate: '달성률',
  weight: '가중치',
  weightSum: (sum: string) => `가중치 합계 ${sum}: 100이 아니어서 달성도를 그대로 믿기 어렵습니다`,
};

export type AchievementStrings = typeof achievementKo;

export const achievementEn: AchievementStrings = {
  heading: 'Indicator achievement',
  score: 'Achievement',
  year: (year: number) => `${year}`,
  showIndicators: (goal: string) => `${goal}: achievement rate by indicator`,
  target: 'Target',
  actual: 'Actual',
  rate: 'Rate',
  weight: 'Weight',
  weightSum: (sum) => `Weights sum to ${sum}, not 100: read this score with care`,
};
