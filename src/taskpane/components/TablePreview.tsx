import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReportCell, ReportTable } from '../../engine/edge';
import type { PickerStrings } from '../strings/picker';

/** The preview stays light: the first tables are enough to see what will be inserted. */
const SHOWN_TABLES = 2;

const useStyles = makeStyles({
  frame: {
    maxHeight: '240px',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
  },
  wrap: { whiteSpace: 'normal', minWidth: '8em' },
  header: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  label: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  left: { textAlign: 'left' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
});

export type TablePreviewProps = {
  tables: ReadonlyArray<ReportTable>;
  /** What a cell shows under its number format (the engine's shownText): 86.97, △81, 1,104. */
  shown: (cell: ReportCell) => string;
  strings: PickerStrings;
};

/** Spans of the merges starting at each cell, and the cells they cover (not drawn). */
function spans(table: ReportTable): { at: Map<string, { rowSpan: number; colSpan: number }>; covered: Set<string> } {
  const at = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of table.merges) {
    at.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { at, covered };
}

function Preview({ table, shown }: { table: ReportTable; shown: TablePreviewProps['shown'] }) {
  const styles = useStyles();
  const { at, covered } = spans(table);
  const cellOf = (cell: ReportCell, r: number, c: number) => {
    const Tag = r < table.header.length ? 'th' : 'td';
    const className = mergeClasses(
      styles.cell,
      cell.wrap && styles.wrap,
      cell.fill === 'header' && styles.header,
      cell.fill === 'label' && styles.label,
      cell.align && styles[cell.align],
    );
    return (
      <Tag key={c} className={className} {...(Tag === 'th' ? { scope: 'col' } : {})} {...at.get(`${r},${c}`)}>
        {shown(cell)}
      </Tag>
    );
  };
  return (
    <table className={styles.table}>
      {(table.title ?? table.subject) !== undefined && (
        <caption className={styles.caption}>{[table.title, table.subject].filter(Boolean).join(' ')}</caption>
      )}
      <thead>
        {table.header.map((row, r) => (
          <tr key={r}>{row.map((cell, c) => (covered.has(`${r},${c}`) ? null : cellOf(cell, r, c)))}</tr>
        ))}
      </thead>
      <tbody>
        {table.body.map((row, i) => {
          const r = table.header.length + i;
          return <tr key={r}>{row.map((cell, c) => (covered.has(`${r},${c}`) ? null : cellOf(cell, r, c)))}</tr>;
        })}
      </tbody>
    </table>
  );
}

/** A small scrollable picture of the tables to insert: headers, merges and figures as Excel will show them. */
export function TablePreview({ tables, shown, strings }: TablePreviewProps) {
  const styles = useStyles();
  if (tables.length === 0) return <Text>{strings.empty}</Text>;
  const more = tables.length - SHOWN_TABLES;
  return (
    <div className={styles.frame} role="region" aria-label={strings.preview} tabIndex={0}>
      {tables.slice(0, SHOWN_TABLES).map((table, i) => (
        <Preview key={i} table={table} shown={shown} />
      ))}
      {more > 0 && <Text size={200}>{strings.previewMore(more)}</Text>}
    </div>
  );
}
