import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails the test with a readable list when axe finds any accessibility violation on the page. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Scan the settled page, not a document caught mid-navigation or mid-render.
  await page.waitForLoadState('load');
  await page.locator('main').first().waitFor({ state: 'visible' });
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}
