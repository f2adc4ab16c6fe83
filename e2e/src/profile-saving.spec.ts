import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

test('a profile edit survives a dropped connection while saving, and Retry saves it', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context } = await signInAs(browser, 2);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const typed = `Keeps what I type ${Date.now()}`;

  // The connection drops exactly when the profile is saved, once.
  let dropped = 0;
  await page.route(/\/graphql(\?|$)/, async (route) => {
    const request = route.request();
    if (
      dropped === 0 &&
      request.method() === 'POST' &&
      (request.postData() ?? '').includes('UpdateMyProfile')
    ) {
      dropped += 1;
      await route.abort('internetdisconnected');
      return;
    }
    await route.fallback();
  });

  await headline.fill(typed);
  await page.getByRole('button', { name: 'Save profile' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('could not be reached');
  await expect(headline).toHaveValue(typed);
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  expect(dropped).toBe(1);
  await expectNoAxeViolations(page, 'the profile editor after a failed save');

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(headline).toHaveValue(typed);

  // Saved for real: a reload (no unsaved-changes prompt now) shows it.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(typed);
  await expect(page.getByTestId('headline')).toHaveText(typed);
  await context.close();
});
