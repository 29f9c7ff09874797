import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentAdd20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { reportIds, type ReportId, type Lang } from '../../engine/edge';
import type { Strings } from '../strings';
import { itemKindOf, itemsOf, takesDepartment } from '../tableChoice';
import type { InsertActions, InsertState } from '../useInsertTable';
import { PANEL } from './panelStyle';
import { TablePreview } from './TablePreview';
import { UndoConflict } from './UndoConflict';

const useStyles = makeStyles({
  picker: PANEL,
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type TablePickerProps = { state: InsertState; actions: InsertActions; strings: Strings; lang: Lang };

/** '' in a select means "all": every department, every goal or project. */
const ALL = '';

/** The compact picker: which table, for which department and goal or project, a preview, and where to insert it. */
export function TablePicker({ state, actions, strings, lang }: TablePickerProps) {
  const styles = useStyles();
  const words = strings.picker;
  const { source, engine, choice } = state;
  const itemKind = itemKindOf(choice.id);
  const items = source && itemKind ? itemsOf(source.plan, choice) : [];
  const ready = source !== undefined && engine !== undefined;
  return (
    <section className={styles.picker} aria-label={words.heading}>
      <Text as="h2" size={300} weight="semibold">
        {words.heading}
      </Text>
      {!ready && state.busy && <Spinner size="tiny" label={words.loading} />}
      {ready && (
        <>
          <Field label={words.kind}>
            <Select
              value={choice.id}
              disabled={state.busy}
              onChange={(_, d) => actions.choose({ id: d.value as ReportId, department: choice.department })}
            >
              {reportIds.map((id) => (
                <option key={id} value={id}>
                  {engine.REPORT_NAMES[id][lang]}
                </option>
              ))}
            </Select>
          </Field>
          {takesDepartment(choice.id) && (
            <Field label={words.department}>
              <Select
                value={choice.department ?? ALL}
                disabled={state.busy}
                onChange={(_, d) => actions.choose({ id: choice.id, ...(d.value === ALL ? {} : { department: d.value }) })}
              >
                <option value={ALL}>{words.allDepartments}</option>
                {source.plan.departments.map((dept) => (
                  <option key={dept.name} value={dept.name}>
                    {dept.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {itemKind && items.length > 0 && (
            <Field label={words.item[itemKind]}>
              <Select
                value={choice.item === undefined ? ALL : String(choice.item)}
                disabled={state.busy}
                onChange={(_, d) => actions.choose({ ...choice, item: d.value === ALL ? undefined : Number(d.value) })}
              >
                <option value={ALL}>{words.all}</option>
                {items.map((name, i) => (
                  <option key={i} value={String(i)}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Text size={200}>{words.tableCount(state.tables.length)}</Text>
          <TablePreview tables={state.tables} shown={engine.shownText} strings={words} />
        </>
      )}
      {state.confirm && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.overwrite(state.confirm.cells)}</MessageBarBody>
          <MessageBarActions>
            <span className={styles.actions}>
              <Button
                size="small"
                appearance="primary"
                disabled={state.busy}
                onClick={() => void actions.insert(state.confirm!.at, true)}
              >
                {words.overwriteYes}
              </Button>
              <Button size="small" onClick={actions.cancelOverwrite}>
                {strings.cancel}
              </Button>
            </span>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.conflict && (
        <UndoConflict
          cells={state.conflict}
          strings={strings}
          onChoose={(c) => void actions.undo(c)}
          onCancel={actions.cancelUndo}
        />
      )}
      {state.notice && (
        <MessageBar
          intent={state.notice.kind === 'problem' ? 'error' : 'success'}
          layout="multiline"
          role={state.notice.kind === 'problem' ? 'alert' : 'status'}
        >
          <MessageBarBody>
            {state.notice.kind === 'inserted'
              ? words.inserted(state.notice.sheet, state.notice.range)
              : state.notice.kind === 'undone'
                ? words.undone
                : state.notice.message[lang]}
          </MessageBarBody>
          {state.notice.kind === 'inserted' && state.inserted && (
            <MessageBarActions>
              <Button size="small" disabled={state.busy} onClick={() => void actions.undo()}>
                {words.undoInsert}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <div className={styles.actions}>
        {state.targets.includes('selection') && (
          <Button
            appearance="primary"
            icon={<TableAdd20Regular />}
            disabled={!ready || state.busy || state.tables.length === 0}
            onClick={() => void actions.insert({ kind: 'selection' })}
          >
            {words.atSelection}
          </Button>
        )}
        <Button
          appearance={state.targets.includes('selection') ? 'secondary' : 'primary'}
          icon={<DocumentAdd20Regular />}
          disabled={!ready || state.busy || state.tables.length === 0}
          onClick={() => void actions.insert({ kind: 'newSheet', name: engine!.REPORT_NAMES[choice.id][lang] })}
        >
          {words.onNewSheet}
        </Button>
        <Button onClick={actions.close}>{words.close}</Button>
      </div>
    </section>
  );
}
