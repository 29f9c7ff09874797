import { buildReport, type ReportId, type ReportTable } from '../../../src/engine/reports';
import { regenerated } from '../../engine/reports/plans';
import { SEED } from '../../fixtures/seed';

/** The seed department, regenerated as a report sees it. */
export const seed = regenerated([SEED]);

/** The seed's tables of one kind, with the seed's own number formats. */
export const tablesOf = (id: ReportId, options: Parameters<typeof buildReport>[2] = {}): ReportTable[] =>
  buildReport(seed.plan, id, { sheets: seed.sheets, ...options });

/** Every standard table in the documents' order: T1, T2, T3, each goal's T4, each 단위사업's T5 and T6 blocks. */
export const standardTables = (): ReportTable[] => (['t1', 't2', 't3', 't4', 't5', 't6'] as const).flatMap((id) => tablesOf(id));
