import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { E2E_PORT } from './constants';

test('a demo employee signs in through SAML and browses the company', async ({ browser }) => {
  // A page from browser.newContext(), as @axe-core/playwright requires.
  const context = await browser.newContext();
  const page = await context.newPage();

  // Signed out, a deep link leads to sign-in and, after SSO, back to where the visitor was going.
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fpeople/);
  await expect(page.getByRole('link', { name: /sign in with sso/i })).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-in page');

  await page.getByRole('link', { name: /sign in with sso/i }).click();

  // The demo identity provider: search the demo employees and pick one.
  await expect(page).toHaveURL(/\/demo-idp\//);
  await expectNoAxeViolations(page, 'the demo identity provider');
  await page.getByRole('searchbox').fill('engineer');
  await page.getByRole('searchbox').press('Enter');
  const firstChoice = page.getByRole('list', { name: 'People' }).getByRole('button', { name: /sign in as/i }).first();
  await expect(firstChoice).toBeVisible();
  const chosenName = ((await firstChoice.getAttribute('data-name')) ?? '').trim();
  await firstChoice.click();

  // Back in Ensemble, at the page asked for first.
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('heading', { level: 1, name: /people/i })).toBeVisible();
  await expect(page.getByText(/\d+ people/i).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the people directory');

  // My profile is the signed-in person.
  await page.getByRole('link', { name: /my profile/i }).first().click();
  await expect(page).toHaveURL(/\/me$/);
  if (chosenName) await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosenName);
  await expectNoAxeViolations(page, 'my profile');

  // Filter the directory by name and open a person.
  await page.getByRole('link', { name: /^people$/i }).first().click();
  await page.getByRole('searchbox', { name: /name/i }).fill('a');
  await expect(page).toHaveURL(/name=a/);
  const personLink = page.getByRole('main').getByRole('link').filter({ hasText: /\w+ \w+/ }).first();
  const personName = (await personLink.innerText()).split('\n')[0]?.trim() ?? '';
  await personLink.click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(personName);
  await expectNoAxeViolations(page, 'a person page');

  // The manager chain links up the organisation.
  const chain = page.getByRole('navigation', { name: /manager chain/i });
  if (await chain.count()) {
    await chain.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: /direct reports/i })).toBeVisible();
  }

  // Signing out ends the session server-side: the app sends the visitor back to sign in.
  await page.getByRole('button', { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await page.goto('/me');
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test('the demo sign-in shows who is who (roles, an HR partner and an admin at the top) on a phone, and ends where it started', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // Opened at 127.0.0.1 although PUBLIC_URL says localhost: the visitor must end where they started.
  const started = `http://127.0.0.1:${E2E_PORT}`;
  await page.goto(`${started}/me`);
  await page.getByRole('link', { name: /sign in with sso/i }).click();
  await expect(page).toHaveURL(/\/demo-idp\//);

  const featured = page.getByRole('list', { name: 'Try a role' });
  const asHr = featured.getByRole('button', { name: 'Sign in as an HR partner' });
  const asAdmin = featured.getByRole('button', { name: 'Sign in as an admin' });
  await expect(asHr).toHaveAccessibleDescription(/Roles: Employee, HR partner/);
  await expect(asAdmin).toHaveAccessibleDescription(/Roles: Employee, Admin/);
  // Each entry fits the phone's width: nothing to scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, 'the demo identity provider on a phone');

  // Searching a role finds the people who have it, not just titles containing the word.
  await page.getByRole('searchbox').fill('admin');
  await page.getByRole('searchbox').press('Enter');
  const people = page.getByRole('list', { name: 'People' });
  await expect(people.getByRole('button', { name: /^sign in as /i }).first()).toHaveAccessibleDescription(/Roles: .*Admin/);

  const adminName = (await featured.locator('#featured-admin .name').innerText()).trim();
  await asAdmin.click();
  await expect(page).toHaveURL(`${started}/me`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(adminName);
  await context.close();
});
