import { indicatorDirection } from '../../../src/engine/model/direction';

describe('indicatorDirection', () => {
  // Every indicator of the seed, as T4 writes its name and unit: all should rise.
  it.each([
    ['행정정보시스템 운영도', '%'],
    ['새올행정시스템 활용도', '%'],
    ['주민정보화교육 운영실적', '%'],
    ['언론매체보도율', '%'],
    ['방송사 기사 점유도', '건'],
    ['기획홍보실적', '건'],
  ])('seed %s (%s) rises', (name, unit) => {
    expect(indicatorDirection(name, unit)).toBe('rising');
  });

  it.each([
    ['정보시스템 장애시간', '시간'],
    ['연간 누적 장애 시간', '시간'],
    ['민원 처리기간', '일'],
    ['인허가 평균 소요시간', '분'],
    ['교통사고 건수', '건'],
    ['산업재해율', '%'],
    ['민원 발생 건수', '건'],
    ['자료 입력 오류율', '%'],
    ['지방세 체납액', '백만원'],
    ['주민 불만 접수', '건'],
    ['여권 발급 처리', '일'],
    ['1인당 생활폐기물 배출량', 'kg'],
    ['음식물쓰레기 발생량', '톤'],
    ['화재 발생건수', '건'],
    ['결핵 발생률', '%'],
    ['연평균 미세먼지 농도', '㎍/㎥'],
    ['불법투기 적발', '건'],
  ])('%s (%s) falls', (name, unit) => {
    expect(indicatorDirection(name, unit)).toBe('falling');
  });

  it.each([
    ['장애인 일자리 제공', '명'],
    ['사고예방교육 실시', '회'],
    ['장애시간 단축률', '%'],
    ['체납액 징수율', '%'],
    ['불만 민원 처리율', '%'],
    ['정보화 교육시간', '시간'],
    ['온실가스 배출량 감축률', '%'],
    ['생활폐기물 감량률', '%'],
    ['생활폐기물 재활용률', '%'],
  ])('%s (%s) rises: a falling word inside an improving measure, or none', (name, unit) => {
    expect(indicatorDirection(name, unit)).toBe('rising');
  });
});
