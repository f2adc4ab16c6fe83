import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

/** A rarely held starter skill, so the endorsement below is most likely its first. */
const SKILL = 'Haskell';
const NOTE = 'Reviewed their type-level parser: clear and well tested.';

/** "No endorsements yet" → 0, "1 endorsement" → 1, "12 endorsements" → 12. */
async function endorsementCount(skill: Locator): Promise<number> {
  const text = (await skill.getByTestId('endorsement-count').textContent()) ?? '';
  const match = /(\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}

test('a colleague endorses a skill someone just added, and both see it', async ({ browser }) => {
  // Two signed-in browsers and about ten accessibility scans of large pages.
  test.setTimeout(180_000);
  const first = await signInAs(browser, 0);
  const second = await signInAs(browser, 1);
  expect(second.name).not.toBe(first.name);

  // Person 1: the profile editor.
  const me = first.page;
  await expect(me.getByRole('heading', { level: 2, name: 'Profile completeness' })).toBeVisible();
  await expect(me.getByRole('progressbar', { name: 'Profile completeness' })).toBeVisible();
  await expect(me.getByRole('combobox', { name: 'Who can see your headline' })).toBeVisible();
  await expectNoAxeViolations(me, 'the profile editor');

  // The Markdown preview of the bio.
  await me.getByRole('tab', { name: 'Preview' }).click();
  await expect(me.getByRole('tabpanel', { name: 'Preview' })).toBeVisible();
  await expectNoAxeViolations(me, 'the profile editor with the bio preview');
  await me.getByRole('tab', { name: 'Write' }).click();

  // A skill's edit dialog (demo employees come with skills), closed again with Escape.
  const editButtons = me.getByRole('button', { name: /^Edit / });
  if (await editButtons.count()) {
    await editButtons.first().click();
    await expect(me.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(me, 'the profile editor with the skill edit dialog open');
    await me.keyboard.press('Escape');
    await expect(me.getByRole('dialog')).toBeHidden();
  }

  // Add a skill through the autocomplete, with a level.
  const picker = me.getByRole('combobox', { name: 'Skill' });
  await picker.fill(SKILL);
  const suggestion = me.getByRole('option', { name: new RegExp(`^${SKILL}\\b`) }).first();
  await expect(suggestion).toBeVisible();
  await expectNoAxeViolations(me, 'the profile editor with skill suggestions open');
  await suggestion.click();
  await expect(picker).toHaveValue(SKILL);
  const level = me.getByRole('combobox', { name: 'Level', exact: true });
  await level.selectOption('4');
  await expect(me.getByText('Advanced: Tackles the hard problems and coaches others.').first()).toBeVisible();
  await me.getByRole('textbox', { name: 'Years of experience' }).fill('3');
  await me.getByRole('button', { name: 'Add skill' }).click();
  await expect(me.getByText(`${SKILL} is on your profile now.`)).toBeVisible();
  const mySkill = me.getByRole('article', { name: SKILL });
  await expect(mySkill).toBeVisible();
  await expect(mySkill).toContainText('Level 4 of 5');
  await expectNoAxeViolations(me, 'the profile editor after adding a skill');

  const ownLink = me.getByRole('link', { name: 'See your profile as colleagues see it' });
  const personPath = (await ownLink.getAttribute('href')) ?? '';
  expect(personPath).toMatch(/^\/people\/[0-9a-f-]{36}$/);

  // Person 2 opens person 1's page and endorses the skill.
  const colleague = second.page;
  await colleague.goto(personPath);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText(first.name);
  const skill = colleague.getByRole('article', { name: SKILL });
  await expect(skill).toContainText('Advanced: Tackles the hard problems and coaches others.');
  await expect(skill.getByRole('link', { name: SKILL })).toHaveAttribute('href', /^\/skills\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(colleague, "a colleague's page");

  // The seeded company may already hold this endorsement: start from not endorsed.
  const withdraw = skill.getByRole('button', { name: `Withdraw endorsement of ${SKILL}` });
  if (await withdraw.count()) {
    await withdraw.click();
    await expect(skill.getByRole('button', { name: `Endorse ${SKILL}` })).toBeVisible();
  }
  const before = await endorsementCount(skill);

  await skill.getByRole('button', { name: `Endorse ${SKILL}` }).click();
  const dialog = colleague.getByRole('dialog', { name: new RegExp(`^Endorse .+ for ${SKILL}$`) });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(colleague, 'the endorse dialog');
  await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill(NOTE);
  await dialog.getByRole('button', { name: 'Endorse', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(skill.getByText('You endorsed this')).toBeVisible();
  await expect(skill.getByTestId('endorsement-count')).toHaveText(
    before + 1 === 1 ? '1 endorsement' : `${before + 1} endorsements`,
  );
  await expect(skill.getByRole('link', { name: second.name }).first()).toBeVisible();
  await expect(skill).toContainText(NOTE);
  await expect(skill.getByRole('button', { name: `Withdraw endorsement of ${SKILL}` })).toBeVisible();
  await expectNoAxeViolations(colleague, "a colleague's page after endorsing");

  // Person 1 sees the endorsement on their own page, where endorsing is never offered.
  await me.goto(personPath);
  await expect(me.getByRole('heading', { level: 1 })).toHaveText(first.name);
  await expect(me.getByText(/This is your own profile/)).toBeVisible();
  const ownSkill = me.getByRole('article', { name: SKILL });
  await expect(ownSkill.getByTestId('endorsement-count')).toHaveText(
    before + 1 === 1 ? '1 endorsement' : `${before + 1} endorsements`,
  );
  const endorserLink = ownSkill.getByRole('link', { name: second.name }).first();
  await expect(endorserLink).toBeVisible();
  await expect(ownSkill).toContainText(NOTE);
  await expect(me.getByRole('button', { name: /^Endorse / })).toHaveCount(0);
  await expectNoAxeViolations(me, 'my own person page');

  // The endorser's name leads to their page.
  await endorserLink.click();
  await expect(me).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(me.getByRole('heading', { level: 1 })).toHaveText(second.name);

  await first.context.close();
  await second.context.close();
});
