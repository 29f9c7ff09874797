import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeHost } from '../workbook/office/officeHost';
import { OfficePort } from '../workbook/office/port';
import { App } from './App';
import { loadEngine } from './engine';
import { langFor } from './strings';
import { themeFor } from './theme';

const rootElement = () => document.getElementById('root')!;

/** Inside Excel: the pane on the workbook, in Office's language and colours. */
function startOffice(): void {
  const lang = langFor(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  createRoot(rootElement()).render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)}>
      <App port={new OfficePort(officeHost())} loadEngine={loadEngine} lang={lang} />
    </FluentProvider>,
  );
}

/** In a plain browser (no host, or Office.js not reachable): the same pane on an .xlsx file, loaded in its own chunk. */
function startStandalone(): void {
  const lang = langFor(navigator.language);
  document.documentElement.lang = lang;
  import(/* webpackChunkName: "standalone" */ './standalone/start').then(
    ({ startStandalone: start }) => start(createRoot(rootElement()), lang),
    () =>
      void (rootElement().textContent =
        '작업 창을 불러오지 못했습니다. 페이지를 새로 고치세요. / Could not load the page. Reload it.'),
  );
}

// Office.js calls Excel only after onReady; until then the pane shows the page's own loading text.
if (typeof Office === 'undefined') startStandalone();
else void Office.onReady((info) => (info.host ? startOffice() : startStandalone()));
