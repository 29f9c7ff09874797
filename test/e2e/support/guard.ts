import type { Page } from 'playwright-core';

/** Office.js from Microsoft's CDN (a `--env officejs=cdn` build); the tests answer it themselves, so nothing leaves the machine. */
export const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

/** Everything the page asked for and said, for the end of a test to hold it to "no request leaves localhost, no console error". */
export type Guard = {
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Requests for anything off the test server: answered (Office.js) or refused here, never sent. */
  readonly offsite: string[];
  readonly consoleErrors: string[];
};

const isLocal = (url: string, origin: string): boolean =>
  url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');

/**
 * Routes every request of the page: the test server's pass, Office.js gets an empty script (`officeJs` says what it
 * does instead: nothing, so the page runs standalone, or nothing after the fake Office installed by an init
 * script), anything else is refused.
 */
export async function guard(page: Page, origin: string): Promise<Guard> {
  const result: Guard = { requests: [], offsite: [], consoleErrors: [] };
  page.on('request', (request) => result.requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && result.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => result.consoleErrors.push(`${error.name}: ${error.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    result.offsite.push(url);
    if (OFFICE_JS.test(url))
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js is not loaded in tests */' });
    return route.abort('blockedbyclient');
  });
  return result;
}

/** The request log with the Office.js script (answered by the test) taken out: what the page sent anywhere. */
export const sentOffsite = (g: Guard): string[] => g.offsite.filter((url) => !OFFICE_JS.test(url));

/** The page's hygiene in one value, for one assertion per test: nothing said on the console, nothing sent off the machine. */
export const hygiene = (g: Guard): { consoleErrors: string[]; sentOffsite: string[] } => ({
  consoleErrors: g.consoleErrors,
  sentOffsite: sentOffsite(g),
});
