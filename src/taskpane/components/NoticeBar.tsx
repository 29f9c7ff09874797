import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../engine/edge';
import type { Strings } from '../strings';
import type { Notice } from '../usePlan';

export type NoticeBarProps = { notice: Notice; lang: Lang; strings: Strings };

const textOf = (notice: Notice, lang: Lang, strings: Strings): string => {
  switch (notice.kind) {
    case 'applied':
      return strings.applied(notice.count, notice.errors);
    case 'undone':
      return notice.what === 'insert' ? strings.picker.undone : strings.undone(notice.count);
    case 'fixed':
      return strings.fixed(notice.count);
    case 'nothingToUndo':
      return strings.nothingToUndo;
    case 'previewRefreshed':
      return strings.previewRefreshed;
    case 'engineFailed':
      return strings.engineFailed;
    case 'problem':
      return notice.message[lang];
  }
};

const INTENT: Record<Notice['kind'], 'success' | 'info' | 'warning' | 'error'> = {
  applied: 'success',
  undone: 'success',
  fixed: 'success',
  nothingToUndo: 'info',
  previewRefreshed: 'warning',
  engineFailed: 'error',
  problem: 'error',
};

/** One line after a task: what happened, or what Excel refused and how to fix it. */
export function NoticeBar({ notice, lang, strings }: NoticeBarProps) {
  return (
    <MessageBar intent={INTENT[notice.kind]} layout="multiline" role={INTENT[notice.kind] === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{textOf(notice, lang, strings)}</MessageBarBody>
    </MessageBar>
  );
}
