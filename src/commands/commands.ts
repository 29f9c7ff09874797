/**
 * The ribbon's function file. The one ribbon button opens the task pane (ShowTaskpane in the manifest), so no
 * ExecuteFunction command exists yet; Office still loads this page and waits for onReady before using the ribbon.
 */
void Office.onReady();
