import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { DocumentAdd20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { Lang } from '../../engine/edge';
import type { Strings } from '../strings';
import type { InsertActions, InsertState } from '../useInsertTable';
import { TablePreview } from './TablePreview';
import { useTablePickerStyles } from './tablePickerStyles';
import { ALL, useTablePicker } from './useTablePicker';

export type TablePickerProps = {
  state: InsertState;
  actions: InsertActions;
  strings: Strings;
  lang: Lang;
  /** The pane's 되돌리기: 삽입 취소 is the same undo, offered while the insertion is the newest change. */
  onUndo: () => void;
};

/** The compact picker: which table, for which department and goal or project, a preview, and where to insert it. */
export function TablePicker({ state, actions, strings, lang, onUndo }: TablePickerProps) {
  const styles = useTablePickerStyles();
  const view = useTablePicker(state, actions, strings, lang);
  const words = strings.picker;
  const { choice, engine, confirm, notice } = state;
  return (
    <section className={styles.picker} aria-label={words.heading}>
      <Text as="h2" size={300} weight="semibold">
        {words.heading}
      </Text>
      {view.loading && <Spinner size="tiny" label={words.loading} />}
      {view.ready && engine && (
        <>
          <Field label={words.kind}>
            <Select value={choice.id} disabled={state.busy} onChange={(_, d) => view.chooseKind(d.value)}>
              {view.kinds.map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          {view.departments && (
            <Field label={words.department}>
              <Select value={choice.department ?? ALL} disabled={state.busy} onChange={(_, d) => view.chooseDepartment(d.value)}>
                <option value={ALL}>{words.allDepartments}</option>
                {view.departments.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {view.items && (
            <Field label={words.item[view.items.kind]}>
              <Select
                value={choice.item === undefined ? ALL : String(choice.item)}
                disabled={state.busy}
                onChange={(_, d) => view.chooseItem(d.value)}
              >
                <option value={ALL}>{words.all}</option>
                {view.items.names.map((name, i) => (
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
      {confirm && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.overwrite(confirm.cells)}</MessageBarBody>
          <MessageBarActions>
            <span className={styles.actions}>
              <Button
                size="small"
                appearance="primary"
                disabled={state.busy}
                onClick={() => void actions.insert(confirm.at, true)}
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
      {notice && (
        <MessageBar
          intent={notice.kind === 'problem' ? 'error' : 'success'}
          layout="multiline"
          role={notice.kind === 'problem' ? 'alert' : 'status'}
        >
          <MessageBarBody>{view.noticeText}</MessageBarBody>
          {state.inserted && (
            <MessageBarActions>
              <Button size="small" disabled={state.busy} onClick={onUndo}>
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
            disabled={view.insertDisabled}
            onClick={() => void actions.insert({ kind: 'selection' })}
          >
            {words.atSelection}
          </Button>
        )}
        <Button
          appearance={state.targets.includes('selection') ? 'secondary' : 'primary'}
          icon={<DocumentAdd20Regular />}
          disabled={view.insertDisabled}
          onClick={view.insertOnNewSheet}
        >
          {words.onNewSheet}
        </Button>
        <Button onClick={actions.close}>{words.close}</Button>
      </div>
    </section>
  );
}
