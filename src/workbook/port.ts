import type { Sheet } from '../engine/grid/sheet';
import type { Edit } from '../engine/recompute/edit';

/** The one seam between the engine and a workbook: Excel (Office.js) and .xlsx files (exceljs) implement it. */
export interface WorkbookPort {
  /** Every sheet, read once. */
  read(): Promise<Sheet[]>;
  /** Write a batch of edits to derived cells. */
  apply(edits: ReadonlyArray<Edit>): Promise<void>;
}
