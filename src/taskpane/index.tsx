import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeHost } from '../workbook/office/officeHost';
import { OfficePort } from '../workbook/office/port';
import { App } from './App';
import { OfficeUnavailable } from './components/OfficeUnavailable';
import { loadEngine } from './engine';
import { loadScript, OFFICE_WAIT_MS, officeJsUrl, openedByOffice, pageTraces, waitForOffice, type FailReason } from './officeJs';
import { langFor } from './strings';
import { themeFor } from './theme';

const root = createRoot(document.getElementById('root')!);

/** Inside Excel: the pane on the workbook, in Office's language and colours. */
function startOffice(): void {
  const lang = langFor(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  root.render(
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
    ({ startStandalone: start }) => start(root, lang),
    () =>
      void (document.getElementById('root')!.textContent =
        '작업 창을 불러오지 못했습니다. 페이지를 새로 고치세요. / Could not load the page. Reload it.'),
  );
}

/** Inside Excel without a working Office.js: say what failed and what IT should check, never open the example. */
function startUnavailable(reason: FailReason, url: string | null): void {
  root.render(
    <FluentProvider theme={themeFor(undefined)}>
      <OfficeUnavailable
        reason={reason}
        url={url}
        offHost={url !== null && new URL(url).origin !== window.location.origin}
        seconds={OFFICE_WAIT_MS / 1000}
        onRetry={() => window.location.reload()}
      />
    </FluentProvider>,
  );
}

// Office.js calls Excel only after onReady; until then the pane shows the page's own loading text.
const url = officeJsUrl(document);
const { first, late } = waitForOffice({
  inOffice: openedByOffice(pageTraces()),
  office: () => (typeof Office === 'undefined' ? undefined : Office),
  load: url === null ? null : () => loadScript(document, url),
  timeoutMs: OFFICE_WAIT_MS,
});
void first.then((outcome) => {
  if (outcome.kind === 'office') return startOffice();
  if (outcome.kind === 'browser') return startStandalone();
  startUnavailable(outcome.reason, url);
  // A slow PC may still get there: Excel's pane replaces the message when Office answers after all.
  if (outcome.reason === 'noAnswer') void late.then((after) => after.kind === 'office' && startOffice());
});
