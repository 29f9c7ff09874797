import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { type Finding, type Lang, rangeA1, type CellRef, type TableInfo } from '../../engine/edge';
import { groupFindings, type FindingGroup } from '../groupFindings';
import type { Strings } from '../strings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, padding: `0 ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
  items: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  summary: { padding: `0 ${tokens.spacingHorizontalS}` },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
});

export type FindingsListProps = {
  findings: ReadonlyArray<Finding>;
  tables: ReadonlyArray<TableInfo>;
  lang: Lang;
  strings: Strings;
  highlighted: boolean;
  busy: boolean;
  onSelect: (ref: CellRef) => void;
  onHighlight: (on: boolean) => void;
};

const headingOf = (group: FindingGroup, strings: Strings): string =>
  group.table
    ? `${group.sheet} · ${strings.tables[group.table.kind]} (${rangeA1(group.table.range)})`
    : `${group.sheet} · ${strings.outsideTables}`;

export function FindingsList({ findings, tables, lang, strings, highlighted, busy, onSelect, onHighlight }: FindingsListProps) {
  const styles = useStyles();
  // No table found is not "every table adds up": say what the CLI says.
  if (tables.length === 0) return <Text className={styles.summary}>{strings.noPlanTable}</Text>;
  if (findings.length === 0) return <Text className={styles.summary}>{strings.noFindings}</Text>;
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return (
    <section aria-label={strings.check}>
      <div className={styles.head}>
        <Text className={styles.summary} weight="semibold">
          {strings.findingCounts(count('error'), count('warning'), count('info'))}
        </Text>
        {(count('error') > 0 || highlighted) && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => onHighlight(!highlighted)}>
            {highlighted ? strings.clearHighlight : strings.highlightErrors}
          </Button>
        )}
      </div>
      <ul className={styles.list}>
        {groupFindings(findings, tables).map((group) => (
          <li key={group.key} className={styles.group}>
            <Text as="h3" size={200} weight="semibold" className={styles.heading}>
              {headingOf(group, strings)}
            </Text>
            <ul className={styles.items}>
              {group.findings.map((finding, i) => (
                <li key={`${finding.rule}:${finding.ref.row}:${finding.ref.col}:${i}`}>
                  <FindingItem finding={finding} lang={lang} strings={strings} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
