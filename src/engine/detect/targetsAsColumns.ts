/**
 * A header with 목표 and 실적 as columns of their own (성과지표 달성도 현황: 성과지표, 가중치, 목표, 실적, 달성률) gives
 * one figure per indicator and year: not a T4, which puts 목표 and 실적 in rows under 구분 (its header's
 * `실적 및 목표치` spans the year columns). `keys`: the header row's labels, spaces removed.
 */
export const targetsAsColumns = (keys: ReadonlyArray<string>): boolean =>
  keys.some((k) => /^목표치?$/.test(k)) && keys.some((k) => /^실적치?$/.test(k));
