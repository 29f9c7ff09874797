import { reportIds, type Lang, type ReportId } from '../../engine/edge';
import type { Strings } from '../strings';
import { itemKindOf, itemsOf, takesDepartment, type ItemKind } from '../tableChoice';
import type { InsertActions, InsertState } from '../useInsertTable';

/** '' in a select means "all": every department, every goal or project. */
export const ALL = '';

/** What the picker draws, worked out from the insert hook's state: the render component only lays it out. */
export type TablePickerView = {
  /** The workbook is read and the report builders loaded: the choices and the preview can be drawn. */
  readonly ready: boolean;
  /** Loading what `ready` waits for. */
  readonly loading: boolean;
  readonly kinds: ReadonlyArray<{ readonly id: ReportId; readonly name: string }>;
  /** The departments to choose from, or undefined where the kind covers the workbook. */
  readonly departments?: ReadonlyArray<string>;
  /** The goals, 단위사업 or 세부사업 of the department the kind narrows to, and which of them they are. */
  readonly items?: { readonly kind: ItemKind; readonly names: ReadonlyArray<string> };
  /** The insert buttons wait: nothing to draw yet, or a task is running. */
  readonly insertDisabled: boolean;
  /** The notice's words, when there is one. */
  readonly noticeText?: string;
  chooseKind(id: string): void;
  chooseDepartment(value: string): void;
  chooseItem(value: string): void;
  insertOnNewSheet(): void;
};

export function useTablePicker(state: InsertState, actions: InsertActions, strings: Strings, lang: Lang): TablePickerView {
  const { source, engine, choice, notice } = state;
  const ready = source !== undefined && engine !== undefined;
  const itemKind = itemKindOf(choice.id);
  const names = source && itemKind ? itemsOf(source.plan, choice) : [];
  return {
    ready,
    loading: !ready && state.busy,
    kinds: engine ? reportIds.map((id) => ({ id, name: engine.REPORT_NAMES[id][lang] })) : [],
    ...(source && takesDepartment(choice.id) ? { departments: source.plan.departments.map((d) => d.name) } : {}),
    ...(itemKind && names.length > 0 ? { items: { kind: itemKind, names } } : {}),
    insertDisabled: !ready || state.busy || state.tables.length === 0,
    ...(notice
      ? {
          noticeText: notice.kind === 'inserted' ? strings.picker.inserted(notice.sheet, notice.range) : notice.message[lang],
        }
      : {}),
    chooseKind: (id) => actions.choose({ id: id as ReportId, department: choice.department }),
    chooseDepartment: (value) => actions.choose({ id: choice.id, ...(value === ALL ? {} : { department: value }) }),
    chooseItem: (value) => actions.choose({ ...choice, item: value === ALL ? undefined : Number(value) }),
    insertOnNewSheet: () => {
      if (engine) void actions.insert({ kind: 'newSheet', name: engine.REPORT_NAMES[choice.id][lang] });
    },
  };
}
