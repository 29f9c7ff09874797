import { HyperFormula } from 'hyperformula';
import type { Sheet } from '../../../src/engine/grid/sheet';

/** HyperFormula (GPL, dev only, never shipped) building and evaluating every formula of the sheets. */
export function evaluateWithHyperFormula(sheets: ReadonlyArray<Sheet>): HyperFormula {
  const data = Object.fromEntries(
    sheets.map((s) => [
      s.name,
      Array.from(s.rows, (row) =>
        Array.from(row ?? [], (cell) =>
          cell?.formula !== undefined ? `=${cell.formula}` : typeof cell?.value === 'boolean' ? null : (cell?.value ?? null),
        ),
      ),
    ]),
  );
  return HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3' });
}
