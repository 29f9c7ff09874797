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

/** A browser and the built add-in served for one test file; `open` gives a guarded page in a fresh context. */
export type Session = {
  readonly served: Served;
  open(options?: BrowserContextOptions & { before?: (page: Page) => Promise<void> }): Promise<{ page: Page; guard: Guard }>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
};

export async function startSession(): Promise<Session> {
  const served = await serve(builtPaths().addin);
  const browser: Browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    served,
    async open({ before, ...options } = {}) {
      const context = await browser.newContext({ locale: 'ko-KR', acceptDownloads: true, ...options });
      const page = await context.newPage();
      const g = await guard(page, served.origin);
      await before?.(page);
      await page.goto(`${served.origin}/taskpane.html`);
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
