import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeHost } from '../workbook/office/officeHost';
import { OfficePort } from '../workbook/office/port';
import { App } from './App';
import { loadEngine } from './engine';
import { langFor } from './strings';
import { themeFor } from './theme';

/** Office.js calls Excel only after onReady; until then the pane shows the page's own loading text. */
void Office.onReady(() => {
  const lang = langFor(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)}>
      <App port={new OfficePort(officeHost())} loadEngine={loadEngine} lang={lang} />
    </FluentProvider>,
  );
});
