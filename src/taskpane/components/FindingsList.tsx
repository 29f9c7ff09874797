import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  type CellRef,
  type CheckedScope,
  type Choice,
  type Edit,
  type Finding,
  type Lang,
  rangeA1,
  type Severity,
  type TableInfo,
} from '../../engine/edge';
import { byDepartment, groupFindings, type FindingGroup } from '../groupFindings';
import type { Strings } from '../strings';
import { cellKey, type Change } from '../usePlan';
import { FindingItem } from './FindingItem';
import { ROW_LIST } from './panelStyle';
import { SeverityFilter } from './SeverityFilter';
import { Verdict } from './Verdict';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  department: { margin: 0, padding: `0 ${tokens.spacingHorizontalS}` },
  heading: { margin: 0, padding: `0 ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
  items: ROW_LIST,
  summary: { padding: `0 ${tokens.spacingHorizontalS}` },
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

export type FindingsListProps = {
  findings: ReadonlyArray<Finding>;
  tables: ReadonlyArray<TableInfo>;
  /** What the check covered, for the verdict line; the tables found when the engine does not say. */
  checked?: CheckedScope;
  lang: Lang;
  strings: Strings;
  highlighted: boolean;
  busy: boolean;
  stale?: boolean;
  fixes?: ReadonlyMap<string, Edit>;
  weights?: { readonly at: string; readonly changes: ReadonlyArray<Change> };
  onSelect: (ref: CellRef) => void;
  onHighlight: (on: boolean) => void;
  onFix?: (edits: ReadonlyArray<Edit>) => void;
  onPreviewWeights?: (finding: Finding) => void;
  onCancelWeights?: () => void;
  onCheckAgain?: () => void;
  /** Recomputes with one reading of a `link.ambiguous` finding. */
  onChoose?: (choice: Choice) => void;
};

const headingOf = (group: FindingGroup, strings: Strings): string =>
  group.table
    ? `${group.sheet} · ${strings.tables[group.table.kind]} (${rangeA1(group.table.range)})`
    : `${group.sheet} · ${strings.outsideTables}`;

const noop = () => undefined;

/**
 * The check's results: the verdict line first, then the severity filter (errors and warnings shown, notes folded
 * into the verdict's count until 참고 is pressed), then the findings by department (when there are several), then
 * table, errors first.
 */
export function FindingsList(props: FindingsListProps) {
  const { findings, tables, lang, strings, highlighted, busy, stale = false, fixes, weights, onSelect, onHighlight } = props;
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(['error', 'warning']));
  // No table found is not "every table adds up": say what the CLI says.
  if (tables.length === 0) return <Text className={styles.summary}>{strings.noPlanTable}</Text>;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const toggle = (severity: Severity) =>
    setShown((s) => {
      const next = new Set(s);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  const visible = findings.filter((f) => shown.has(f.severity));
  const departments = byDepartment(groupFindings(visible, tables));
  const named = departments.filter((d) => d.department !== undefined).length > 1;
  return (
    <section aria-label={strings.check} className={styles.section}>
      <Verdict
        findings={findings}
        checked={props.checked ?? { tables: tables.length }}
        lang={lang}
        strings={strings}
        stale={stale}
        busy={busy}
        onCheckAgain={props.onCheckAgain ?? noop}
      />
      {findings.length > 0 && (
        <div className={styles.tools}>
          <SeverityFilter shown={shown} counts={counts} strings={strings} onToggle={toggle} />
          {(counts.error > 0 || highlighted) && (
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => onHighlight(!highlighted)}>
              {highlighted ? strings.clearHighlight : strings.highlightErrors}
            </Button>
          )}
        </div>
      )}
      {findings.length > 0 && visible.length === 0 && counts.error + counts.warning > 0 && (
        <Text className={styles.summary}>{strings.filterEmpty}</Text>
      )}
      <ul className={styles.list}>
        {departments.flatMap(({ department, groups }) => [
          ...(named && department !== undefined
            ? [
                <li key={`d:${department}`}>
                  <Text as="h3" size={300} weight="semibold" className={styles.department}>
                    {department}
                  </Text>
                </li>,
              ]
            : []),
          ...groups.map((group) => (
            <li key={group.key} className={styles.group}>
              <Text as={named ? 'h4' : 'h3'} size={200} weight="semibold" className={styles.heading}>
                {headingOf(group, strings)}
              </Text>
              <ul className={styles.items}>
                {group.findings.map((finding, i) => {
                  const key = cellKey(finding.ref);
                  const fix = fixes?.get(key);
                  return (
                    <li key={`${finding.rule}:${key}:${i}`}>
                      <FindingItem
                        finding={finding}
                        lang={lang}
                        strings={strings}
                        {...(fix ? { fix } : {})}
                        {...(weights?.at === key ? { weights: weights.changes } : {})}
                        disabled={busy || stale}
                        onSelect={onSelect}
                        onFix={props.onFix ?? noop}
                        onPreviewWeights={props.onPreviewWeights ?? noop}
                        onCancelWeights={props.onCancelWeights ?? noop}
                        onChoose={props.onChoose ?? noop}
                      />
                    </li>
                  );
                })}
              </ul>
            </li>
          )),
        ])}
      </ul>
    </section>
  );
}
