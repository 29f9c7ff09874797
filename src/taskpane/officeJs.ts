/**
 * Loading Office.js and telling Excel from a plain browser. The pane loads Office.js itself (the address is in
 * taskpane.html's `perfplan-office-js` meta) instead of through a blocking script tag, so that a request that fails
 * or hangs on a closed network ends in a message within seconds, never in a blank pane or the bundled example.
 * A plain browser never loads it: outside Office, Office.js only tries to reach Microsoft's telemetry.
 */

/** How long Office.js may take to load and call onReady before the pane gives up on it. */
export const OFFICE_WAIT_MS = 4000;

/** What became of Office.js: Excel answered, a plain browser, or (inside Excel) a failure to explain. */
export type OfficeOutcome =
  { readonly kind: 'office' } | { readonly kind: 'browser' } | { readonly kind: 'failed'; readonly reason: FailReason };

/** notLoaded: the script did not arrive; noAnswer: no onReady in time; noHost: Office.js found no Office host. */
export type FailReason = 'notLoaded' | 'noAnswer' | 'noHost';

/** The parts of `window` Office's traces live in, as a type so tests can hand in their own. */
export type PageTraces = {
  readonly search: string;
  readonly windowName: string;
  readonly session: () => string | null;
  readonly userAgent: string;
  readonly external: unknown;
  /** The bridge some Office hosts put on the page before Office.js runs. */
  readonly agaveHost: unknown;
};

/** Office on Windows names itself in the user agent (`ms-office`, `MSOffice 16`). */
const OFFICE_AGENT = /\bms-office\b|\bMSOffice\b/i;

const hostInfoInName = (name: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(name);
    return typeof parsed === 'object' && parsed !== null && 'hostInfo' in parsed;
  } catch {
    return false;
  }
};

/**
 * True when Office opened the page: the traces Office.js itself reads to find its host (the `_host_Info` query,
 * the window name, the session it saves them in, `window.external.GetHostInfo`) or an Office user agent.
 */
export function openedByOffice(page: PageTraces): boolean {
  const external = page.external as { GetHostInfo?: unknown } | null | undefined;
  return (
    new URLSearchParams(page.search).has('_host_Info') ||
    hostInfoInName(page.windowName) ||
    page.session() !== null ||
    typeof external?.GetHostInfo === 'function' ||
    page.agaveHost !== undefined ||
    OFFICE_AGENT.test(page.userAgent)
  );
}

/** This page's traces. */
export const pageTraces = (): PageTraces => ({
  search: window.location.search,
  windowName: window.name,
  session: () => {
    try {
      return window.sessionStorage.getItem('hostInfoValue'); // where Office.js keeps _host_Info across navigations
    } catch {
      return null; // storage refused (privacy settings): no trace there
    }
  },
  userAgent: navigator.userAgent,
  external: (window as { external?: unknown }).external,
  agaveHost: (window as { agaveHost?: unknown }).agaveHost,
});

/** Office.js's address as the built page states it, absolute; null on a page without the meta (the unit tests). */
export function officeJsUrl(doc: Document): string | null {
  const src = doc.querySelector('meta[name="perfplan-office-js"]')?.getAttribute('content');
  return src ? new URL(src, doc.baseURI).href : null;
}

/** Adds the script to the page; true once it ran, false when it could not be fetched. */
export const loadScript = (doc: Document, url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = url;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    doc.head.appendChild(script);
  });

/** The one part of the Office global the wait uses. */
export type OfficeReady = { onReady(callback: (info: { host: Office.HostType | null }) => void): unknown };

/** What waiting for Office needs from the page; the pane passes the real ones, tests their own. */
export type OfficeWait = {
  readonly inOffice: boolean;
  /** The Office global once present (Office.js loaded, or a test's fake). */
  readonly office: () => OfficeReady | undefined;
  /** Fetches and runs Office.js; absent when the page names none. */
  readonly load: (() => Promise<boolean>) | null;
  readonly timeoutMs: number;
};

/**
 * Inside Office, loads Office.js (unless the Office global is already there) and waits for onReady. `first` is the
 * outcome when the wait ends (at the latest after `timeoutMs`); `late` settles when Office answers after all, for a
 * pane that gave up too early on a slow PC to start then. In a plain browser without an Office global: 'browser' at
 * once, nothing loaded.
 */
export function waitForOffice(wait: OfficeWait): { first: Promise<OfficeOutcome>; late: Promise<OfficeOutcome> } {
  const failed = (reason: FailReason): OfficeOutcome => (wait.inOffice ? { kind: 'failed', reason } : { kind: 'browser' });
  const present = wait.office() !== undefined;
  if (!present && !wait.inOffice) {
    const browser = Promise.resolve<OfficeOutcome>({ kind: 'browser' });
    return { first: browser, late: browser };
  }
  const loaded = present ? Promise.resolve(true) : wait.load ? wait.load() : Promise.resolve(false);
  const late = loaded.then(async (ok): Promise<OfficeOutcome> => {
    const office = ok ? wait.office() : undefined;
    if (!office) return failed('notLoaded');
    // The callback form: what every Office.js calls, and what the tests' fakes implement.
    const info = await new Promise<{ host: Office.HostType | null }>((resolve) => void office.onReady(resolve));
    return info.host ? { kind: 'office' } : failed('noHost');
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeOutcome>(
    (resolve) => (timer = setTimeout(() => resolve(failed('noAnswer')), wait.timeoutMs)),
  );
  const first = Promise.race([late, timeout]).finally(() => clearTimeout(timer));
  return { first, late };
}
