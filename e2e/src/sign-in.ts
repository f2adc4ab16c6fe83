import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  name: string;
}

/**
 * Signs in through the demo identity provider as the `index`-th demo employee in its People list
 * (listed by family name, so the choice is stable for the seeded company; the featured HR partner and
 * admin above the list are not counted), in a browser context of its own.
 */
export async function signInAs(browser: Browser, index: number): Promise<SignedIn> {
  // Pages from browser.newContext(), as @axe-core/playwright requires.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/me');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fme/);
  await page.getByRole('link', { name: /sign in with sso/i }).click();
  await expect(page).toHaveURL(/\/demo-idp\//);
  const choice = page
    .getByRole('list', { name: 'People' })
    .getByRole('button', { name: /^sign in as /i })
    .nth(index);
  const name = ((await choice.textContent()) ?? '').replace(/^\s*sign in as\s+/i, '').trim();
  expect(name).not.toBe('');
  await choice.click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return { context, page, name };
}
