import { buildForE2e } from './build';
import { launchChromium } from './chromium';

/** Builds once for every e2e file and hands the paths on through the environment; checks Chromium is there first. */
export default async function globalSetup(): Promise<void> {
  await (await launchChromium()).close(); // fail in seconds, before the build, when Chromium is missing
  process.env.PERFPLAN_E2E_BUILD = JSON.stringify(await buildForE2e());
}
