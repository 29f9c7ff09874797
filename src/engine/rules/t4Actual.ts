import type { Finding, Message } from '../findings/finding';
import { josa, type Particle } from '../findings/particle';
import { refA1 } from '../grid/a1';
import type { CellRef } from '../grid/cellRef';
import type { Plan } from '../model/plan';
import { blankDerived, mismatch, notComputable, roundingOnly, say } from './messages';
import {
  actualBasis,
  actualChecks,
  actualPlace,
  measuredIndicators,
  type ActualCheck,
  type MeasureProblem,
} from '../relations/t4Actual';
import { refKey } from '../relations/relation';
import type { Checks } from './coverage';

const withBasis = (m: Message, c: ActualCheck): Message => {
  const b = actualBasis(c);
  return { ko: `${m.ko} — ${b.ko}`, en: `${m.en} — ${b.en}` };
};

/** What one 실적 check reports: an error outside the interval, rounding `info`, a blank 실적 `warning`, nothing when it agrees. */
function actualFinding(c: ActualCheck): Finding[] {
  const { outcome, actual } = c;
  const cells = [actual.ref, ...c.inputs.map((q) => q.cell.ref)];
  const place = actualPlace(c);
  if (outcome.kind === 'ok') return [];
  if (outcome.kind === 'noncomputable')
    return [{ severity: 'info', rule: 't4.actual', ref: actual.ref, cells, message: withBasis(notComputable(place), c) }];
  const figures = { stated: actual.value ?? NaN, naive: outcome.naive, interval: outcome.computed, decimals: outcome.decimals };
  const [severity, message] =
    outcome.kind === 'broken'
      ? (['error', mismatch(place, figures)] as const)
      : outcome.kind === 'rounding'
        ? (['info', roundingOnly(place, figures)] as const)
        : (['warning', blankDerived(place, figures)] as const);
  return [
    {
      severity,
      rule: 't4.actual',
      ref: actual.ref,
      cells,
      message: withBasis(message, c),
      stated: outcome.kind === 'blank' ? null : actual.value,
      expected: outcome.naive,
      decimals: outcome.decimals,
      interval: [outcome.computed.lo, outcome.computed.hi],
    },
  ];
}

const quoted = (text: string, particle: Particle): string => josa(`'${text}'`, particle);

/** A 측정 자료 row that gives nothing to compute with, said at the cell to fix. */
function problemFinding(p: MeasureProblem): Finding {
  const { row } = p;
  const place: Message = { ko: `측정 자료 ${row.indicator.text}`, en: `Measurement data ${row.indicator.text}` };
  const finding = (ref: CellRef, cells: ReadonlyArray<CellRef>, ko: string, en: string): Finding => ({
    severity: 'warning',
    rule: 't4.measureData',
    ref,
    cells: [ref, ...cells],
    message: say(place, ko, en),
    stated: ref === row.item.ref ? row.item.text : row.indicator.text,
  });
  switch (p.kind) {
    case 'unlinked': {
      if (p.candidates.length === 0)
        return finding(
          row.indicator.ref,
          [],
          '이 지표명의 성과지표가 없어 자료를 쓰지 않았습니다',
          'no indicator has this name, so its figures were not used',
        );
      const where = p.candidates.map((c) => [c.department, c.goal].filter(Boolean).join(' · ') || refA1(c.indicator.name.ref));
      return finding(
        row.indicator.ref,
        p.candidates.map((c) => c.indicator.name.ref),
        `이름이 같은 성과지표가 ${p.candidates.length}개 있어(${where.join(', ')}) 어느 지표의 자료인지 정할 수 없습니다: 자료를 쓰지 않았습니다`,
        `${p.candidates.length} indicators have this name (${where.join(', ')}), so which one the figures belong to is not decided: they were not used`,
      );
    }
    case 'noFormula': {
      const formula = p.at.indicator.formula;
      return finding(
        row.indicator.ref,
        formula ? [formula.ref] : [],
        `성과지표의 측정산식(${formula?.text ?? '없음'})이 계산할 수 있는 산식이 아니어서 자료를 쓰지 않았습니다`,
        `the indicator's formula (${formula?.text ?? 'none'}) is no formula to compute, so the figures were not used`,
      );
    }
    case 'notInFormula':
      return finding(
        row.item.ref,
        p.at.indicator.formula ? [p.at.indicator.formula.ref] : [],
        `항목 ${quoted(row.item.text, '은/는')} 측정산식(${p.at.indicator.formula?.text ?? ''})에 없습니다 (산식의 값: ${p.names.join(', ')})`,
        `the quantity '${row.item.text}' is not in the formula (${p.at.indicator.formula?.text ?? ''}; its quantities: ${p.names.join(', ')})`,
      );
    case 'twice':
      return finding(
        row.item.ref,
        [p.first.item.ref],
        `항목 ${quoted(row.item.text, '이/가')} ${refA1(p.first.item.ref)}에도 있어 어느 값인지 정할 수 없습니다: 둘 다 쓰지 않았습니다`,
        `the quantity '${row.item.text}' is also given at ${refA1(p.first.item.ref)}, so which figure holds is not decided: neither was used`,
      );
  }
}

/** One finding per problem and cell: a merged 지표명 over several rows is one name, told once. */
function once(problems: ReadonlyArray<MeasureProblem>): MeasureProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const cell = p.kind === 'unlinked' || p.kind === 'noFormula' ? p.row.indicator.ref : p.row.item.ref;
    const key = `${p.kind}:${refKey(cell)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * `t4.actual` and `t4.measureData`: each 실적 whose every quantity the 측정 자료 give is checked against its 측정산식
 * evaluated on them in interval arithmetic (each quantity stands for every value its shown figure may round from), and
 * each 측정 자료 row that cannot be used says why. A year missing a quantity is no check: its cells are not counted.
 */
export function t4ActualChecks(plan: Plan): Checks {
  const { measured, problems } = measuredIndicators(plan);
  const checks = actualChecks(measured);
  return {
    findings: [...checks.flatMap(actualFinding), ...once(problems).map(problemFinding)],
    evaluated: checks.map((c) => [c.actual.ref, ...c.inputs.map((q) => q.cell.ref)]),
  };
}
