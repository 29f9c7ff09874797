import { makeStyles, mergeClasses, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { a1, columnName, type CellRef, cellAt, type Sheet } from '../../engine/edge';
import { gridLayout } from './gridLayout';
import { markKey, type CellMark } from './marks';
import { shownText } from './shownText';
import type { Strings } from '../strings';

const edge = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`;
const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minHeight: 0, height: '100%' },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    border: edge,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: edge,
    borderBottom: edge,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: { position: 'sticky', left: 0, zIndex: 1, textAlign: 'right', minWidth: '32px' },
  corner: { left: 0, zIndex: 3 },
  cell: {
    borderRight: edge,
    borderBottom: edge,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  error: { boxShadow: `inset 0 0 0 2px ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  warning: {
    boxShadow: `inset 0 0 0 2px ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  info: { boxShadow: `inset 0 0 0 1px ${tokens.colorBrandStroke1}` },
  highlighted: { backgroundColor: tokens.colorPaletteRedBackground2 },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export type SheetGridProps = {
  sheets: ReadonlyArray<Sheet>;
  active: string;
  onActivate: (sheet: string) => void;
  marks: ReadonlyMap<string, CellMark>;
  selection?: CellRef;
  highlighted: ReadonlyArray<CellRef>;
  strings: Strings;
};

/** The workbook's sheets as a read-only grid, for the browser without Excel; findings are marked on their cells. */
export function SheetGrid({ sheets, active, onActivate, marks, selection, highlighted, strings }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  const focus = selection?.sheet === sheet?.name ? selection : undefined;
  const layout = sheet && gridLayout(sheet, focus?.row);
  const painted = new Set(highlighted.map(markKey));

  // Bring the cell a finding points at into view, as Excel would select it.
  const [focusRow, focusCol] = [focus?.row, focus?.col];
  useEffect(() => {
    if (focusRow === undefined || focusCol === undefined) return;
    scroller.current
      ?.querySelector(`[data-cell="${a1(focusRow, focusCol)}"]`)
      ?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [sheet?.name, focusRow, focusCol]);

  if (!sheet || !layout) return null;
  const first = layout.rows[0]?.row ?? 0;
  const last = layout.rows[layout.rows.length - 1]?.row ?? 0;
  return (
    <div className={styles.view}>
      {/* Plain toggle buttons, one per sheet: each is reached with Tab like every other button of the page. */}
      <div role="group" aria-label={strings.sheetTabs} className={styles.tabs}>
        {sheets.map((s) => (
          <ToggleButton
            key={s.name}
            size="small"
            appearance="subtle"
            checked={s.name === sheet.name}
            onClick={() => onActivate(s.name)}
          >
            {s.name}
          </ToggleButton>
        ))}
      </div>
      {/* Focusable so keyboard users can scroll it; the grid itself is read-only. */}
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="group" aria-label={strings.sheetGrid(sheet.name)}>
        <table className={styles.table}>
          <thead>
            <tr>
              <td className={mergeClasses(styles.head, styles.rowHead, styles.corner)} />
              {Array.from({ length: layout.cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {layout.rows.map(({ row, cells }) => (
              <tr key={row}>
                <th scope="row" className={mergeClasses(styles.head, styles.rowHead)}>
                  {row + 1}
                </th>
                {cells.map(({ col, sourceRow, rowSpan, colSpan }) => {
                  const cell = cellAt(sheet, sourceRow, col);
                  const key = markKey({ sheet: sheet.name, row: sourceRow, col });
                  const mark = marks.get(key);
                  const text = shownText(cell);
                  const selected = focus !== undefined && focus.row === sourceRow && focus.col === col;
                  return (
                    <td
                      key={col}
                      rowSpan={rowSpan > 1 ? rowSpan : undefined}
                      colSpan={colSpan > 1 ? colSpan : undefined}
                      data-cell={a1(sourceRow, col)}
                      data-finding={mark?.severity}
                      data-selected={selected || undefined}
                      title={mark ? `${a1(sourceRow, col)} · ${mark.text}` : text || undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell?.value === 'number' && styles.number,
                        mark && styles[mark.severity],
                        painted.has(key) && styles.highlighted,
                        selected && styles.selected,
                      )}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(layout.rows.length < layout.totalRows || layout.cols < layout.totalCols) && (
        <Text size={200} className={styles.note}>
          {strings.gridWindow(first + 1, last + 1, layout.totalRows, layout.cols, layout.totalCols)}
        </Text>
      )}
    </div>
  );
}
