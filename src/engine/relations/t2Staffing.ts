import type { Message } from '../findings/finding';
import type { StaffRow, Staffing } from '../model/plan';
import { operand, sumRelation, type Operand, type Relation } from './relation';

type Column = 'quota' | 'grade4' | 'grade5' | 'grade6' | 'current';

const COLUMNS: Readonly<Record<Column, Message>> = {
  quota: { ko: '정원 계', en: 'authorised total' },
  grade4: { ko: '4급이상', en: 'grade 4 and above' },
  grade5: { ko: '5급', en: 'grade 5' },
  grade6: { ko: '6급이하', en: 'grade 6 and below' },
  current: { ko: '현원', en: 'current staff' },
};

/** A cell of a 조직 및 인력현황 row as a relation reads it. */
export const staffingOperand = (row: StaffRow, col: Column): Operand =>
  operand(row[col], { table: 'T2', row: row.name.text, col: COLUMNS[col] });

/** 조직 및 인력현황: 정원 계 = 4급이상 + 5급 + 6급이하 per row; the 계 row sums the departments, column by column. */
export function staffingRelations(staffing: Staffing): Relation[] {
  const { total, rows } = staffing;
  const at = staffingOperand;
  const relations: Relation[] = [total, ...rows].map((r) =>
    sumRelation('t2.quota', at(r, 'quota'), [at(r, 'grade4'), at(r, 'grade5'), at(r, 'grade6')]),
  );
  if (rows.length > 0)
    for (const col of Object.keys(COLUMNS) as Column[])
      relations.push(
        sumRelation(
          't2.total',
          at(total, col),
          rows.map((r) => at(r, col)),
        ),
      );
  return relations;
}
