import { FluentProvider } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import type { Lang } from '../../engine/edge';
import { loadEngine } from '../engine';
import { themeFor } from '../theme';
import { Standalone } from './Standalone';

/** Draws the standalone page; its own chunk, so the pane inside Excel never loads the grid or the xlsx port. */
export function startStandalone(root: Root, lang: Lang): void {
  root.render(
    <FluentProvider theme={themeFor(undefined)}>
      <Standalone initialLang={lang} loadEngine={loadEngine} />
    </FluentProvider>,
  );
}
