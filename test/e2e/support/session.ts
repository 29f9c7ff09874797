import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { E2eBuild } from './build';
import { launchChromium } from './chromium';
import { guard, type Guard } from './guard';
import { serve, type Served } from './server';

export const SCREENSHOTS = join(__dirname, '..', '__screenshots__');

export function builtPaths(): E2eBuild {
  const build = process.env.PERFPLAN_E2E_BUILD;
  if (!build) throw new Error('PERFPLAN_E2E_BUILD is not set: run the e2e tests with jest -c jest.e2e.config.js');
  return JSON.parse(build) as E2eBuild;
}

/** How `open` opens the pane: `before` runs after the guard's routes are set; `page` is the address under the base. */
export type OpenOptions = BrowserContextOptions & {
  before?: (page: Page) => Promise<void>;
  /** `taskpane.html` unless told, e.g. `taskpane.html?_host_Info=…` as Excel opens it. */
  page?: string;
  /** What navigation waits for; 'commit' when a request the page makes is meant to hang. */
  waitUntil?: 'load' | 'commit';
};

/** A browser and the built add-in served for one test file; `open` gives a guarded page in a fresh context. */
export type Session = {
  readonly served: Served;
  /** Where the pane's pages are: the origin and the path the add-in is served under. */
  readonly base: string;
  open(options?: OpenOptions): Promise<{ page: Page; guard: Guard }>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
};

/** `base`: the path the add-in is served under (`/plan/` as on an intranet host). */
export async function startSession(base = '/'): Promise<Session> {
  const served = await serve(builtPaths().addin, base);
  const browser: Browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    served,
    base: `${served.origin}${base}`,
    async open({ before, page: address = 'taskpane.html', waitUntil = 'load', ...options } = {}) {
      const context = await browser.newContext({ locale: 'ko-KR', acceptDownloads: true, ...options });
      const page = await context.newPage();
      const g = await guard(page, served.origin);
      await before?.(page);
      await page.goto(`${served.origin}${base}${address}`, { waitUntil });
      return { page, guard: g };
    },
    async shot(page, name) {
      await page.locator('main[aria-busy="false"]').waitFor(); // the pane has finished its task and re-enabled its buttons
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' }); // buttons fade back in after a task
    },
    async close() {
      await browser.close();
      await served.close();
    },
  };
}
