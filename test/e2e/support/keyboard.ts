import type { Page } from 'playwright-core';

/**
 * Tab until focus comes round again, numbering the buttons in reading order first; returns the numbers in the order
 * Tab reached them, turned to start at the first button (the browser starts from where focus last was), and the
 * number of buttons a user can reach (enabled, shown, in the tab order). Equal to 0…n-1 means every button is
 * reached once, in reading order.
 */
export async function tabThroughButtons(page: Page): Promise<{ reached: number[]; buttons: number }> {
  const buttons = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLButtonElement>('button')].filter(
      (b) => !b.disabled && b.tabIndex >= 0 && b.getClientRects().length > 0 && b.closest('[hidden]') === null,
    );
    all.forEach((b, i) => (b.dataset.e2eOrder = String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return all.length;
  });
  const reached: number[] = [];
  for (let step = 0; step < buttons * 3 + 20; step++) {
    await page.keyboard.press('Tab');
    const order = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.e2eOrder);
    if (order === undefined) continue;
    if (reached.includes(Number(order))) break; // round again
    reached.push(Number(order));
  }
  const start = Math.max(0, reached.indexOf(0));
  return { reached: [...reached.slice(start), ...reached.slice(0, start)], buttons };
}

/** Tab (from the top) until the focused element's accessible text contains `text`; false when it never does. */
export async function tabTo(page: Page, text: string, limit = 80): Promise<boolean> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.includes(text)) return true;
  }
  return false;
}
