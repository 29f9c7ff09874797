import type { Message } from './finding';

/**
 * One word per idea, wherever a person reads it (findings, the pane, the CLI, the 점검 결과 sheet). A reviewer who
 * reads 표기 in one place and 기재값 in another asks whether they differ; `SYNONYMS` lists the words replaced, and a
 * test fails when one comes back into a user-facing string.
 */
export const GLOSSARY = {
  /** What the cell says. */
  stated: { ko: '표기', en: 'stated' },
  /** What the relation gives from the other cells. */
  computed: { ko: '계산값', en: 'computed' },
  /** Every value the rounding of the inputs allows. */
  allowed: { ko: '허용 범위', en: 'allowed range' },
  /** A difference inside the allowed range: information, never an error. */
  rounding: { ko: '반올림 차이', en: 'rounding difference' },
} satisfies Record<string, Message>;

/** Words once used for an idea the glossary names otherwise. */
export const SYNONYMS: ReadonlyArray<string> = ['적힌 값', '기재값', '계산 값', '기재 값', '표기값'];
