import { refA1 } from '../grid/a1';
import { josa } from '../findings/particle';
import type { Finding, Message } from '../findings/finding';
import type { RuleMessages } from '../findings/ruleRegistry';
import { TABLE_NAMES } from '../model/tableNames';
import type { TextCell, UnitProject } from '../model/plan';
import type { Checks } from './coverage';

const NO_UNIT_ROW_MESSAGES = {
  noUnitRow: (unit: UnitProject, first: TextCell): Message => {
    const name = TABLE_NAMES.T5;
    const at = `${first.ref.sheet}!${refA1(first.ref)}`;
    return {
      ko: `${name.ko} (단위사업 ${unit.name.text}): 첫 행 ${josa(`'${first.text}'(${at})`, '은/는')} 단위사업 행이 아닙니다. 단위사업 행(합계와 세부사업수)을 첫 행으로 넣으세요. 이 표의 합계는 확인하거나 다시 계산하지 않았습니다`,
      en: `${name.en} (unit project ${unit.name.text}): the first row '${first.text}' (${at}) is not the unit project's row. Add the unit project's row (totals and number of detailed projects) first; this table's totals were neither checked nor recomputed`,
    };
  },
} as const satisfies RuleMessages<'t5.noUnitRow'>;

/**
 * A table without its 단위사업 row: nothing states a total or a count to check, and recompute must write nothing
 * into its 세부사업. A warning, as for a blank derived cell: the figures may all be right, the row is missing.
 */
function noUnitRow(unit: UnitProject): Finding {
  const first = unit.details[0]?.name ?? unit.name;
  return {
    severity: 'warning',
    rule: 't5.noUnitRow',
    messageId: 'noUnitRow',
    ref: first.ref,
    cells: [first.ref],
    message: NO_UNIT_ROW_MESSAGES.noUnitRow(unit, first),
  };
}

/** 관련 예산사업 내역 beyond its relations (relations/t5Projects.ts): a table without its 단위사업 row is a warning. */
export function projectChecks(unit: UnitProject): Checks {
  return { findings: unit.noUnitRow ? [noUnitRow(unit)] : [] };
}
