import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The browser: `CHROMIUM_PATH` (Chrome or Edge on a Windows PC), else Debian's Chromium (apt-get install chromium).
 * The tests never download one.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails, never skips, when Chromium is missing: a green run must mean the pane was tested in a browser. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (apt-get install -y --no-install-recommends chromium fonts-nanum) or set CHROMIUM_PATH to Chrome or Edge.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
