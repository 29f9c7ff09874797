import { makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { type Finding, type Lang, type Sheet } from '../../engine/edge';
import type { XlsxPort } from '../../workbook/xlsx/browserPort';
import { SheetGrid } from './SheetGrid';
import type { Strings } from '../strings';
import { marksOf, shownCell } from './marks';

const useStyles = makeStyles({ view: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%' } });

export type SheetViewProps = { port: XlsxPort; findings: ReadonlyArray<Finding>; lang: Lang; strings: Strings };

/** The grid over the port: redrawn when the bytes change (apply, undo), following the cell a finding selects. */
export function SheetView({ port, findings, lang, strings }: SheetViewProps) {
  const styles = useStyles();
  const view = useSyncExternalStore(port.subscribe, port.snapshot);
  const bytes = port.bytes();
  const [sheets, setSheets] = useState<ReadonlyArray<Sheet>>([]);
  const [active, setActive] = useState<string>('');

  useEffect(() => {
    let current = true;
    // The pane read these bytes already (the port keeps that read), so this costs nothing more.
    port.read().then(
      (read) => current && setSheets(read),
      () => current && setSheets([]),
    );
    return () => void (current = false);
  }, [port, bytes]);

  useEffect(() => {
    if (view.selection) setActive(view.selection.sheet);
  }, [view.selection]);

  const marks = useMemo(() => marksOf(findings, lang, strings, sheets), [findings, lang, strings, sheets]);
  // A cell inside a merge is selected and painted as the merge the grid draws.
  const selection = view.selection && shownCell(sheets, view.selection);
  const highlighted = useMemo(() => view.highlighted.map((ref) => shownCell(sheets, ref)), [view.highlighted, sheets]);
  return (
    <section className={styles.view} aria-label={strings.sheetView}>
      <SheetGrid
        sheets={sheets}
        active={active}
        onActivate={setActive}
        marks={marks}
        selection={selection}
        highlighted={highlighted}
        strings={strings}
      />
    </section>
  );
}
