import type { XlHost } from './excelApi';

/** The real host, for the task pane; only called after Office.onReady, when both globals exist. */
export const officeHost = (): XlHost => ({
  excel: Excel,
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
});
