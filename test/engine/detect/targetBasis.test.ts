import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectTables } from '../../../src/engine/detect/detectTables';
import type { Detected } from '../../../src/engine/detect/detected';
import { compactText } from '../../../src/engine/grid/text';
import { readPlan } from '../../../src/engine/read/readPlan';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { sheetOf, type GridCell } from './grid';

/**
 * The seed document's `< 성과지표별 목표치 설정 근거 >` sections, parsed here from seed.txt independently of the
 * builders: per section, each `- name` bullet and the `  - …` lines under it.
 */
function seedBases(): Array<Array<{ name: string; lines: string[] }>> {
  const lines = readFileSync(join(__dirname, '../../fixtures/seed.txt'), 'utf8').split(/\r?\n/);
  return lines.flatMap((line, i) => {
    if (!line.includes('성과지표별 목표치 설정 근거')) return [];
    const section: Array<{ name: string; lines: string[] }> = [];
    for (const l of lines.slice(i + 1)) {
      if (l.startsWith('- ')) section.push({ name: l.slice(2), lines: [] });
      else if (l.startsWith('  - ')) section[section.length - 1].lines.push(l.slice(4));
      else if (l.trim() === '' && section.length > 0) break;
    }
    return [section];
  });
}

describe('the seed 근거', () => {
  const sections = seedBases();

  it('are transcribed into SEED as the document writes them', () => {
    expect(sections.map((s) => s.map((b) => b.lines))).toEqual(SEED.goals.map((g) => g.indicators.map((i) => i.basis)));
  });

  it.each<Layout>(['document', 'messy'])('are read and linked to their indicators by name (%s layout)', (layout) => {
    const plan = readPlan(buildWorkbook([SEED], layout).sheets);
    const read = plan.departments[0].goals.map((g) =>
      g.indicators.map((i) => ({ name: compactText(i.name.text), basis: i.basis?.text })),
    );
    const expected = sections.map((s) => s.map((b) => ({ name: compactText(b.name), basis: b.lines.join('\n') })));
    // Names in the bullets lack the unit: compare on the bullet's name as a prefix of the indicator's.
    expect(read.map((g) => g.map((i) => i.basis))).toEqual(expected.map((g) => g.map((b) => b.basis)));
    read.flat().forEach((r, k) => expect(r.name.startsWith(expected.flat()[k].name)).toBe(true));
  });

  it('are absent in the byKind layout, which writes none', () => {
    const plan = readPlan(buildWorkbook([SEED], 'byKind').sheets);
    expect(plan.departments[0].goals.flatMap((g) => g.indicators.filter((i) => i.basis !== undefined))).toEqual([]);
  });
});

const HEADER: GridCell[] = ['성과지표(단위)', '지표유형', '가중치', '구분', "'16", "'17"];
const T4: GridCell[][] = [
  HEADER,
  ['행정정보시스템 운영도 (%)', '일반', 60, '목표', 99.45, 99.47],
  [null, null, null, '실적', 99.4],
  ['주민정보화교육 운영실적 (%)', '핵심', 40, '목표', 97.2, 97.4],
  [null, null, null, '실적', 97.1],
];
const bases = (rows: GridCell[][]) =>
  (detectTables([sheetOf(rows)]).tables.find((t) => t.kind === 'T4') as Extract<Detected, { kind: 'T4' }>).indicators.map((i) =>
    i.basis === undefined ? undefined : [i.basis.ref.row, i.basis.ref.col, i.basis.text],
  );

describe('reading a 근거 section after a T4', () => {
  it.each<[string, GridCell[][], ReturnType<typeof bases>]>([
    [
      'the document way: title, `- name`, indented lines',
      [
        ...T4,
        [],
        ['< 성과지표별 목표치 설정 근거 >'],
        ['- 행정정보시스템 운영도'],
        ['  - 장애시간 단축'],
        ['- 주민정보화교육 운영실적'],
        ['  - 기준값에서 0.2% 증'],
      ],
      [
        [8, 0, '장애시간 단축'],
        [10, 0, '기준값에서 0.2% 증'],
      ],
    ],
    [
      'names with their unit, spaces dropped or a colon; a basis over two lines; blank rows between',
      [
        ...T4,
        ['□ 목표치 설정 근거'],
        [],
        ['○ 행정정보시스템운영도(%):'],
        ['- 과거 실적 감안', null],
        [null, '- 목표값 : 전년 대비 0.02 증가'],
        [],
        ['1) 주민정보화교육 운영실적'],
        ['기준값에서 0.2% 증'],
      ],
      [
        [8, 0, '과거 실적 감안\n목표값 : 전년 대비 0.02 증가'],
        [12, 0, '기준값에서 0.2% 증'],
      ],
    ],
    [
      'the basis beside the name, in the next column',
      [
        ...T4,
        ['< 성과지표별 목표치 설정 근거 >'],
        ['행정정보시스템 운영도', '장애시간 단축'],
        ['주민정보화교육 운영실적', '- 기준값에서 0.2% 증'],
      ],
      [
        [6, 1, '장애시간 단축'],
        [7, 1, '기준값에서 0.2% 증'],
      ],
    ],
    [
      'prose after a blank row is not more basis, and a name not in the table is no indicator',
      [
        ...T4,
        ['< 성과지표별 목표치 설정 근거 >'],
        ['- 없는 지표'],
        ['  - 무시'],
        ['- 주민정보화교육 운영실적'],
        ['  - 기준값에서 0.2% 증'],
        [],
        ['- 구정홍보 강화 및 구보 배포'],
      ],
      [undefined, [9, 0, '기준값에서 0.2% 증']],
    ],
    [
      'a name without lines has no basis',
      [
        ...T4,
        ['< 성과지표별 목표치 설정 근거 >'],
        ['- 행정정보시스템 운영도'],
        ['- 주민정보화교육 운영실적'],
        ['  - 기준값에서 0.2% 증'],
      ],
      [undefined, [8, 0, '기준값에서 0.2% 증']],
    ],
    [
      'the section ends at the next section line',
      [
        ...T4,
        ['< 성과지표별 목표치 설정 근거 >'],
        ['- 주민정보화교육 운영실적'],
        ['  - 기준값에서 0.2% 증'],
        ['단위사업'],
        ['- 행정정보시스템 운영도'],
        ['  - 장애시간 단축'],
      ],
      [undefined, [7, 0, '기준값에서 0.2% 증']],
    ],
  ])('%s', (_what, rows, expected) => expect(bases(rows)).toEqual(expected));

  it.each<[string, GridCell[][]]>([
    ['no 근거 section', [...T4, [], ['- 주민정보화교육 운영실적'], ['  - 기준값에서 0.2% 증']]],
    [
      'a 근거 title after another section',
      [...T4, ['정책사업목표'], ['< 성과지표별 목표치 설정 근거 >'], ['- 주민정보화교육 운영실적'], ['  - 기준값에서 0.2% 증']],
    ],
    [
      'a 근거 title too far below the table',
      [...T4, [], [], [], [], ['< 성과지표별 목표치 설정 근거 >'], ['- 주민정보화교육 운영실적'], ['  - 기준값에서 0.2% 증']],
    ],
    [
      'a 근거 title after the next table header',
      [...T4, [], HEADER, ['< 성과지표별 목표치 설정 근거 >'], ['- 주민정보화교육 운영실적'], ['  - 기준값에서 0.2% 증']],
    ],
  ])('no basis with %s', (_what, rows) => expect(bases(rows)).toEqual([undefined, undefined]));
});
