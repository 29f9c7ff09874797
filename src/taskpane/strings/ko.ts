import type { Severity } from '../../engine/findings/finding';
import type { TableKind } from '../../engine/model/plan';

/** The pane's words in Korean, the default; en.ts gives the same keys in English. */
export const ko = {
  title: '성과계획 점검',
  check: '점검',
  recompute: '재계산',
  insertTable: '표 삽입',
  insertTableSoon: '표 선택 기능은 준비 중입니다',
  undo: '되돌리기',
  undoHint: '마지막 재계산을 되돌립니다',
  working: '작업 중…',
  noFindings: '문제가 없습니다. 모든 표가 맞습니다.',
  notChecked: '[점검]을 누르면 통합 문서의 표를 확인합니다.',
  severity: { error: '오류', warning: '경고', info: '참고' } satisfies Record<Severity, string>,
  tables: {
    T1: '정책사업목표 현황',
    T2: '조직 및 인력현황',
    T3: '예산현황',
    T4: '성과지표별 목표치',
    T5: '관련 예산사업 내역',
    T6: '관련 예산사업 개요',
  } satisfies Record<TableKind, string>,
  outsideTables: '표 밖',
  findingCounts: (errors: number, warnings: number, infos: number) => `오류 ${errors} · 경고 ${warnings} · 참고 ${infos}`,
  highlightErrors: '오류 셀 색칠',
  clearHighlight: '색칠 지우기',
  stated: '적힌 값',
  expected: '계산 값',
  interval: '허용 범위',
  selectCell: (cell: string) => `${cell} 셀로 이동`,
  previewCount: (n: number) => `${n}개 셀이 바뀝니다`,
  previewNone: '바꿀 셀이 없습니다. 계산 값이 모두 맞습니다.',
  previewRefreshed: '미리보기 뒤에 통합 문서가 바뀌어 다시 계산했습니다. 확인한 뒤 적용하세요.',
  apply: '적용',
  cancel: '취소',
  applied: (n: number, errors: number) => `${n}개 셀을 고쳤습니다. 남은 오류 ${errors}개.`,
  undone: (n: number) => `${n}개 셀을 재계산 전으로 되돌렸습니다.`,
  nothingToUndo: '되돌릴 재계산이 없습니다.',
  undoConflict: (cells: string) => `재계산 뒤에 직접 고친 셀이 있습니다: ${cells}`,
  undoKeep: '고친 셀은 두고 되돌리기',
  undoOverwrite: '모두 되돌리기',
  engineFailed: '점검 엔진을 불러오지 못했습니다. 작업 창을 다시 여세요.',
};

export type Strings = typeof ko;
