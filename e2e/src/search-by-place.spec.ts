import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

/** "1,234 people match. …" → 1234. */
function matchCount(text: string | null): number {
  const match = /([\d,]+) (?:people|person) match/.exec(text ?? '');
  return match ? Number((match[1] ?? '').replace(/,/g, '')) : NaN;
}

async function currentCount(page: Page): Promise<number> {
  const status = page.getByTestId('search-status');
  await expect(status).toHaveText(/\d[\d,]* (people|person) match/);
  return matchCount(await status.textContent());
}

test('searching by place: the page’s examples find people, and "kubernetes in Berlin" finds Berliners who know Kubernetes', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signInAs(browser, 0);

  // Every example the start page offers finds someone in the demo company.
  await page.goto('/search');
  const examples = page.getByRole('list', { name: 'Example searches' }).getByRole('link');
  await expect(examples.first()).toBeVisible();
  const labels = await examples.allInnerTexts();
  expect(labels).toContain('kubernetes in Berlin');
  for (const label of labels) {
    await page.goto('/search');
    await page
      .getByRole('list', { name: 'Example searches' })
      .getByRole('link', { name: label, exact: true })
      .click();
    await expect(page.getByRole('searchbox', { name: 'Search for people' })).toHaveValue(label);
    expect(await currentCount(page), `people found by the example “${label}”`).toBeGreaterThan(0);
  }

  // "kubernetes in Berlin", typed: a skill and a place, and only people in Berlin.
  await page.goto('/search');
  const searchBox = page.getByRole('searchbox', { name: 'Search for people' });
  await searchBox.pressSequentially('kubernetes in Berlin', { delay: 20 });
  await expect(page).toHaveURL(/[?&]q=kubernetes(\+|%20)in(\+|%20)Berlin(&|$)/);
  const understood = page.getByRole('list', { name: 'Understood as:' });
  await expect(understood).toContainText('Skill: Kubernetes');
  await expect(understood).toContainText('Place: Berlin');
  const inBerlin = await currentCount(page);
  expect(inBerlin).toBeGreaterThan(0);
  const results = page.getByTestId('search-result');
  await expect(results.first()).toBeVisible();
  for (const card of await results.all()) await expect(card).toContainText('Berlin, Germany');
  await expectNoAxeViolations(page, 'the search page with a place understood');

  // Removing the place chip removes "in Berlin" from the text and searches everywhere.
  await understood.getByRole('button', { name: 'Remove place Berlin from the search' }).click();
  await expect(searchBox).toHaveValue('kubernetes');
  await expect(understood).not.toContainText('Place:');
  await expect.poll(() => currentCount(page)).toBeGreaterThan(inBerlin);

  // A country is a place too: "python in Germany" is not the German language.
  await searchBox.fill('python in Germany');
  await expect(understood).toContainText('Place: Germany');
  await expect(understood).toContainText('Skill: Python');
  await expect(understood.getByText('German', { exact: true })).toHaveCount(0);
  await expect(results.first()).toContainText('Germany');

  await context.close();
});
