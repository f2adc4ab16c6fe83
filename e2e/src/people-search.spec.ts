import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

/** A skill most engineers and data people of the seeded company hold (libs/api/demo-data generate-skills.ts). */
const QUERY = 'python';

/** "1,234 people match. …" → 1234. */
function matchCount(text: string | null): number {
  const match = /([\d,]+) (?:people|person) match/.exec(text ?? '');
  return match ? Number((match[1] ?? '').replace(/,/g, '')) : NaN;
}

test('a demo employee finds colleagues by skill, refines by department and sees why each matched', async ({
  browser,
}) => {
  // Several accessibility scans of large pages.
  test.setTimeout(120_000);
  // Sign in through the demo identity provider as the first demo employee it lists.
  const { context, page } = await signInAs(browser, 0);

  // The header's bell leads to the inbox.
  await expect(page.getByRole('banner').getByRole('link', { name: /^Notifications/ })).toBeVisible();

  // Search, from the main navigation.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search people' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Example searches' })).toBeVisible();
  await expectNoAxeViolations(page, 'the search page before a search');

  // Results as you type: the query goes into the URL once typing pauses.
  const searchBox = page.getByRole('searchbox', { name: 'Search for people' });
  await searchBox.pressSequentially(QUERY, { delay: 30 });
  await expect(page).toHaveURL(new RegExp(`[?&]q=${QUERY}(&|$)`));
  const status = page.getByTestId('search-status');
  await expect(status).toHaveText(/\d[\d,]* (people|person) match/);
  const total = matchCount(await status.textContent());
  expect(total).toBeGreaterThan(0);

  // The query was understood as the skill, and each result says why it matched.
  await expect(page.getByRole('list', { name: 'Understood as:' })).toContainText('Skill: Python');
  const results = page.getByTestId('search-result');
  await expect(results.first()).toBeVisible();
  const firstResult = results.first();
  await expect(firstResult).toContainText('Why they match');
  await expect(firstResult.getByRole('list', { name: /^Skills that match, for / })).toContainText(
    /Python: \w+ \([1-5] of 5\) · (no endorsements yet|\d+ endorsements?)/,
  );
  await expect(page.getByRole('table', { name: 'Matches by level in Python' })).toBeVisible();
  await expectNoAxeViolations(page, 'the search page with results');

  // Refine by the largest department: the URL and the count follow.
  const department = page.getByRole('list', { name: 'Department' }).getByRole('button').first();
  const departmentLabel = (await department.textContent()) ?? '';
  const departmentCount = Number(
    /(\d[\d,]*)\s*(?:people|person)?\s*$/.exec(departmentLabel)?.[1]?.replace(/,/g, ''),
  );
  await department.click();
  await expect(page).toHaveURL(/[?&]dept=[0-9a-f-]{36}/);
  await expect(department).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => matchCount(await status.textContent())).toBe(departmentCount);
  expect(departmentCount).toBeLessThanOrEqual(total);
  await expect(page.getByRole('list', { name: 'Filters:' })).toBeVisible();
  await expectNoAxeViolations(page, 'the search page with a department applied');

  // Save the search, then find it in the list.
  const saved = page.getByRole('region', { name: 'Saved searches' });
  await saved.getByRole('button', { name: 'Save this search' }).click();
  const name = saved.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await name.fill(`Python people ${Date.now()}`);
  await saved.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved.getByRole('status')).toContainText('Saved');
  await expect(saved.getByText('This search is saved as')).toBeVisible();

  // The back button returns to the search before the department was applied.
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]dept=/);
  await expect.poll(async () => matchCount(await status.textContent())).toBe(total);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]dept=/);

  // Open a person from the results.
  const personLink = results.first().getByRole('heading', { level: 3 }).getByRole('link');
  const personName = (await personLink.innerText()).trim();
  await personLink.click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(personName);

  // The experts in a skill the first result matched, from that skill's page.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?/);
  const skillLink = results
    .first()
    .getByRole('list', { name: /^Skills that match, for / })
    .getByRole('link')
    .first();
  const skillName = (await skillLink.innerText()).trim();
  await skillLink.click();
  await expect(page).toHaveURL(/\/skills\/[0-9a-f-]{36}$/);
  await page.getByRole('link', { name: `Experts and rising experts in ${skillName}` }).click();
  await expect(page).toHaveURL(/\/skills\/[0-9a-f-]{36}\/experts$/);
  await expect(page.getByRole('heading', { level: 1, name: `Experts in ${skillName}` })).toBeVisible();
  const experts = page.getByRole('list', { name: 'Experts', exact: true });
  await expect(experts.getByRole('listitem').first()).toBeVisible();
  await expect(experts.getByRole('list', { name: /^Why .+ is here$/ }).first()).toContainText(
    /\([1-5] of 5\)/,
  );
  await expectNoAxeViolations(page, 'the experts page');

  // The inbox.
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Notifications/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expectNoAxeViolations(page, 'the notifications page');

  await context.close();
});
