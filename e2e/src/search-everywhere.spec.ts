import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

/** A skill many of the seeded company hold (libs/api/demo-data generate-skills.ts). */
const QUERY = 'python';

test('the header searches from any page: "/" focuses it and Enter opens the results', async ({ browser }) => {
  const { context, page } = await signInAs(browser, 1);

  // From my profile, without touching the mouse.
  await page.keyboard.press('/');
  const headerBox = page.getByRole('search', { name: 'Quick search' }).getByRole('searchbox', {
    name: 'Search people',
  });
  await expect(headerBox).toBeFocused();
  await page.keyboard.type(QUERY);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/search\\?q=${QUERY}$`));
  await expect(page.getByRole('searchbox', { name: 'Search for people' })).toHaveValue(QUERY);
  await expect(page.getByTestId('search-status')).toHaveText(/\d[\d,]* (people|person) match/);
  await expect(headerBox).toHaveValue('');
  // The filters sit beside the results on a wide screen.
  await expect(page.getByRole('heading', { name: 'Refine' })).toBeVisible();
  await expectNoAxeViolations(page, 'the search page reached from the header');
  await context.close();
});

test('on a phone the results come first, the filters open in a drawer, and Escape closes menus', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await signInAs(browser, 1);
  await page.setViewportSize({ width: 390, height: 844 });

  // The header's search is an icon button that opens the box over the header.
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: 'Search people' }).click();
  const headerBox = banner.getByRole('searchbox', { name: 'Search people' });
  await expect(headerBox).toBeFocused();
  await expectNoAxeViolations(page, 'the header search opened on a phone');
  await headerBox.fill(QUERY);
  await headerBox.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${QUERY}$`));

  // The first result is on the first screen, ahead of the filters (once 1,769 px down).
  const firstResult = page.getByTestId('search-result').first();
  await expect(firstResult).toBeVisible();
  const top = (await firstResult.boundingBox())?.y ?? Infinity;
  expect(top).toBeLessThan(844);
  await expect(page.getByRole('heading', { name: 'Refine' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the search page on a phone');

  // The filters: a drawer that applies them, counted on its button; Escape returns focus there.
  await page.getByRole('button', { name: 'Filters' }).click();
  const drawer = page.getByRole('dialog', { name: 'Refine' });
  await expect(drawer).toBeVisible();
  await expectNoAxeViolations(page, 'the filters drawer');
  await drawer.getByRole('list', { name: 'Department' }).getByRole('button').first().click();
  await expect(page).toHaveURL(/[?&]dept=[0-9a-f-]{36}/);
  await expect(drawer.getByRole('button', { name: /^Show \d+ (people|person)$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeFocused();

  // The navigation menu closes on Escape wherever focus is, and focus goes back to its button.
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }),
  ).toBeVisible();
  await page.locator('#main-content').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeFocused();
  await context.close();
});
