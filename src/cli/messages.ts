import { josa, particle, plural, type Lang, type Message, type Severity, type Tally } from '../engine/edge';

/** The CLI's own words, Korean first; findings bring their own messages. */
export const SEVERITY_LABEL: Record<Severity, Message> = {
  error: { ko: '오류', en: 'error' },
  warning: { ko: '경고', en: 'warning' },
  info: { ko: '참고', en: 'info' },
};

export const CHECK_HEADER: Record<Lang, ReadonlyArray<string>> = {
  ko: ['구분', '셀', '규칙', '내용'],
  en: ['severity', 'cell', 'rule', 'message'],
};

export { plural };

export const DEPARTMENT_LABEL: Message = { ko: '부서', en: 'department' };

/** Between the parts of the summary line. */
export const SUMMARY_SEPARATOR = ' · ';

/** The one-line summary: rounding differences apart from infos that follow from an error and other notes. */
export const summary = ({ errors, warnings, rounding, effects, notes }: Tally): Message => ({
  ko: [
    `오류 ${errors}`,
    `경고 ${warnings}`,
    `반올림 차이 ${rounding}`,
    ...(effects ? [`오류의 영향 ${effects}`] : []),
    ...(notes ? [`참고 ${notes}`] : []),
  ].join(SUMMARY_SEPARATOR),
  en: [
    plural(errors, 'error', 'errors'),
    plural(warnings, 'warning', 'warnings'),
    plural(rounding, 'rounding difference', 'rounding differences'),
    ...(effects ? [plural(effects, 'effect of an error', 'effects of errors')] : []),
    ...(notes ? [plural(notes, 'note', 'notes')] : []),
  ].join(SUMMARY_SEPARATOR),
});

/** How much a check covered: `표 3개 · 관계 41개 점검` (so "오류 0" is read against what was checked). */
export const coverage = ({ tables, relations }: { tables: number; relations: number }): Message => ({
  ko: `표 ${tables}개${SUMMARY_SEPARATOR}관계 ${relations}개 점검`,
  en: `${plural(tables, 'table', 'tables')}${SUMMARY_SEPARATOR}${plural(relations, 'relation', 'relations')} checked`,
});

export const leftCount = (n: number): Message => ({
  ko: `그대로 둔 셀 ${n}개`,
  en: plural(n, 'cell left as is', 'cells left as is'),
});

export const unknownLink = (text: string): Message => ({
  ko: `--link '${text}': 그런 이름의 단위사업이 없습니다(띄어쓰기는 무시합니다). 입력 파일은 그대로입니다.`,
  en: `--link '${text}': no unit project has that name (spacing ignored). The input file is unchanged.`,
});

export const badLink = (text: string): Message => ({
  ko: `--link 값 '${text}'${particle(text, '을/를')} 읽을 수 없습니다: "<단위사업 이름>=<정책사업목표 번호>" (예: "구정홍보 활동 강화=2")`,
  en: `Cannot read --link '${text}': expected "<unit project name>=<goal number>" (e.g. "구정홍보 활동 강화=2")`,
});

/** Under the headline when the notes are left out: how many, and how to see them. */
export const notesHidden = ({ rounding, effects, notes }: Tally): Message => {
  const ko = [
    rounding ? `반올림 차이 ${rounding}건` : '',
    effects ? `오류의 영향 ${effects}건` : '',
    notes ? `참고 ${notes}건` : '',
  ];
  const en = [
    rounding ? plural(rounding, 'rounding difference') : '',
    effects ? plural(effects, 'effect of an error', 'effects of errors') : '',
    notes ? plural(notes, 'note') : '',
  ];
  return {
    ko: `${ko.filter(Boolean).join(', ')}: --all로 모두 봅니다`,
    en: `${en.filter(Boolean).join(', ')}: --all shows them`,
  };
};

export const UNREAD_LABEL: Message = { ko: '읽지 못한 셀', en: 'unread cell' };

export const tableCount = (n: number): Message => ({ ko: `표 ${n}개`, en: plural(n, 'table', 'tables') });

/** What commander's English message names: its quoted words (option, argument, command) and its allowed choices. */
type Parsed = { readonly quoted: ReadonlyArray<string>; readonly choices: string };

/** Commander's own parse errors in Korean, by its error code; a code not listed keeps commander's text. */
const ARGUMENT_KO: Record<string, (p: Parsed) => string> = {
  'commander.unknownOption': ({ quoted }) => `모르는 옵션 ${quoted[0]}`,
  'commander.unknownCommand': ({ quoted }) => `모르는 명령 ${quoted[0]}`,
  'commander.missingArgument': ({ quoted }) =>
    `${['file', 'files', 'in'].includes(quoted[0]) ? '파일' : quoted[0]} 인수가 없습니다`,
  'commander.optionMissingArgument': ({ quoted }) => `옵션 ${quoted[0]}에 값이 없습니다`,
  'commander.invalidArgument': ({ quoted, choices }) =>
    `옵션 ${quoted[0]}의 값 ${josa(quoted[1], '은/는')} 쓸 수 없습니다${choices && ` (가능한 값: ${choices})`}`,
  'commander.excessArguments': ({ quoted }) => `${quoted[0]} 명령의 인수가 너무 많습니다`,
};

/** Bad arguments; `code` is commander's error code when the message is commander's. */
export function badArguments(detail: string, code?: string): Message {
  const parsed: Parsed = {
    quoted: [...detail.matchAll(/'([^']*)'/g)].map((m) => m[1]),
    choices: /Allowed choices are (.*)\.$/.exec(detail)?.[1] ?? '',
  };
  const ko = (code && ARGUMENT_KO[code]?.(parsed)) ?? detail;
  return {
    ko: `잘못된 인수입니다: ${ko} (사용법: perfplan --help)`,
    en: `Bad arguments: ${detail} (usage: perfplan --help)`,
  };
}

export const internalError = (detail: string): Message => ({ ko: `내부 오류: ${detail}`, en: `Internal error: ${detail}` });

export const RECOMPUTE: Record<'noOutput' | 'sameFile' | 'inPlaceElsewhere' | 'macro', Message> = {
  noOutput: {
    ko: '출력 파일을 -o로 지정하세요(입력 파일을 바꾸려면 --in-place).',
    en: 'Name the output file with -o (or use --in-place to replace the input).',
  },
  sameFile: {
    ko: '출력 파일(-o)이 입력 파일과 같습니다. 입력 파일을 바꾸려면 --in-place를 쓰세요.',
    en: 'The output file (-o) is the input file. Use --in-place to replace the input.',
  },
  inPlaceElsewhere: {
    ko: '--in-place는 입력 파일을 바꿉니다. 다른 출력 파일(-o)과 함께 쓸 수 없습니다.',
    en: '--in-place replaces the input; it cannot be combined with another output file (-o).',
  },
  macro: {
    ko: '매크로 통합 문서(.xlsm)에는 쓰지 않습니다(매크로가 사라짐). --dry-run으로 확인하거나 .xlsx로 저장한 뒤 다시 시도하세요.',
    en: 'Macro workbooks (.xlsm) are not written (the macros would be lost). Use --dry-run, or save as .xlsx and retry.',
  },
};

const KIND: Record<'directory' | 'device' | 'fifo' | 'socket' | 'other', Message> = {
  directory: { ko: '폴더', en: 'a folder' },
  device: { ko: '장치 파일', en: 'a device file' },
  fifo: { ko: 'FIFO(이름 있는 파이프)', en: 'a FIFO (named pipe)' },
  socket: { ko: '소켓', en: 'a socket' },
  other: { ko: '일반 파일이 아닌 것', en: 'not a regular file' },
};

/** Refused output paths: only a new or regular .xlsx file is ever written. */
export const OUTPUT = {
  notRegular: (path: string, kind: keyof typeof KIND): Message => ({
    ko: `출력 파일 자리(${path})에 이미 ${josa(KIND[kind].ko, '이/가')} 있어 쓰지 않습니다. 일반 파일이나 새 파일 이름을 지정하세요.`,
    en: `The output path (${path}) is ${KIND[kind].en}, so nothing is written there. Name a regular or new file.`,
  }),
  notXlsx: (path: string): Message => ({
    ko: `출력 파일은 .xlsx여야 합니다(${path}). perfplan은 .xlsx 통합 문서만 씁니다(.xlsm은 매크로가 사라짐).`,
    en: `The output file must be an .xlsx file (${path}). perfplan writes .xlsx workbooks only (an .xlsm would lose its macros).`,
  }),
};

export const editCount = (n: number): Message => ({ ko: `바뀔 셀 ${n}개`, en: plural(n, 'cell to change', 'cells to change') });
