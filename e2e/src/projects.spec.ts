import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

/** A rarely held starter skill that person B adds to their profile and the project's role requires. */
const SKILL = 'Erlang';
const ROLE = 'BEAM engineer';

/** A calendar day `days` from today, as the date inputs take it (the project must not be past its end). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Gives the signed-in person the skill at level 4 on My profile (unless their profile already lists it). */
async function addSkill(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Profile completeness' })).toBeVisible();
  if (await page.getByRole('article', { name: SKILL }).count()) return;
  const picker = page.getByRole('combobox', { name: 'Skill' });
  await picker.fill(SKILL);
  const suggestion = page.getByRole('option', { name: new RegExp(`^${SKILL}\\b`) }).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(picker).toHaveValue(SKILL);
  await page.getByRole('combobox', { name: 'Level', exact: true }).selectOption('4');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByText(`${SKILL} is on your profile now.`)).toBeVisible();
  await expect(page.getByRole('article', { name: SKILL })).toContainText('Level 4 of 5');
}

test('a project finds its member: recommended, applied to, accepted, and the team coverage follows', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const owner = await signInAs(browser, 0);
  const applicant = await signInAs(browser, 1);
  expect(applicant.name).not.toBe(owner.name);
  const title = `Telemetry on the BEAM ${Date.now()}`;

  // B holds the skill the role will require.
  await addSkill(applicant.page);
  await expectNoAxeViolations(applicant.page, 'my profile with the skill the role will require');

  // A opens the marketplace and proposes a project with one role by application requiring the skill.
  const a = owner.page;
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await expect(a).toHaveURL(/\/projects$/);
  await expect(a.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(a.getByRole('heading', { level: 2, name: 'Projects you can join' })).toBeVisible();
  await expectNoAxeViolations(a, 'the project marketplace');

  await a.getByRole('link', { name: 'Propose a project' }).first().click();
  await expect(a.getByRole('heading', { level: 1, name: 'Propose a project' })).toBeVisible();
  await expectNoAxeViolations(a, 'the new project form');
  // Nothing filled in: the form explains what is missing and sends nothing.
  await a.getByRole('button', { name: 'Propose the project' }).click();
  await expect(a.getByText('Give the project a title.')).toBeVisible();
  await expectNoAxeViolations(a, 'the new project form with its problems shown');

  await a.getByRole('textbox', { name: /^Title/ }).fill(title);
  // The problem goes as soon as the field is filled.
  await expect(a.getByText('Give the project a title.')).toBeHidden();
  await a.getByRole('textbox', { name: /^Summary/ }).fill('Metrics for every node of our messaging cluster.');
  await a
    .getByRole('textbox', { name: /^Description/ })
    .fill('We **instrument** the cluster.\n\n- dashboards\n- alerts');
  await a.getByRole('textbox', { name: /^Goals/ }).fill('Dashboards for every node');
  await a.getByLabel(/^Starts on/).fill(dayFromToday(28));
  await a.getByLabel(/^Ends on/).fill(dayFromToday(110));
  await a.getByRole('textbox', { name: /^Hours a week/ }).fill('2');
  await a.getByRole('textbox', { name: /^Role title/ }).fill(ROLE);
  await a.getByRole('radio', { name: 'By application: a lead decides' }).check();
  const skillPicker = a.getByRole('combobox', { name: new RegExp(`^Add a required skill to ${ROLE}`) });
  await skillPicker.fill(SKILL);
  const option = a.getByRole('option', { name: new RegExp(`^${SKILL}\\b`) }).first();
  await expect(option).toBeVisible();
  await expectNoAxeViolations(a, 'the new project form with skill suggestions open');
  await option.click();
  await a.getByRole('combobox', { name: `Minimum level for ${SKILL}` }).selectOption('3');
  await a.getByRole('button', { name: 'Propose the project' }).click();

  await expect(a).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectPath = new URL(a.url()).pathname;
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByText('Proposed', { exact: true })).toBeVisible();
  await expect(a.getByText('instrument', { exact: true })).toBeVisible();
  const ownerCoverage = a.getByRole('region', { name: 'Team coverage' });
  await expect(ownerCoverage.getByText('Gap', { exact: true })).toBeVisible();
  await expect(a.getByRole('article', { name: ROLE })).toContainText('1 seat left of 1');
  // The owner is not offered their own role.
  await expect(a.getByRole('button', { name: `Apply for ${ROLE}` })).toHaveCount(0);
  await expect(a.getByText('You lead this project: its roles are for others to join.')).toBeVisible();
  await expectNoAxeViolations(a, 'the new project as its owner');

  // B sees the role among the recommendations, with the reasons, and applies.
  const b = applicant.page;
  await b.goto('/projects');
  const recommended = b.getByRole('region', { name: 'Recommended for you' });
  const recommendation = recommended.getByRole('link', { name: `${ROLE} · ${title}` });
  await expect(recommendation).toBeVisible();
  await expect(recommended.getByRole('list', { name: `Why ${ROLE} fits you` }).first()).toContainText(
    `${SKILL} (must-have, level 3+): you are at level 4: meets the minimum`,
  );
  await expectNoAxeViolations(b, 'the marketplace with recommendations');
  await recommendation.click();
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(b, 'the project page as a colleague');
  await b.getByRole('button', { name: `Apply for ${ROLE}` }).click();
  const dialog = b.getByRole('dialog', { name: `Apply for ${ROLE}` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(b, 'the apply dialog');
  await dialog
    .getByRole('textbox', { name: 'Message to the project leads' })
    .fill('I run Erlang in production.');
  await dialog.getByRole('button', { name: 'Send application' }).click();
  await expect(dialog).toBeHidden();
  await expect(b.getByText('Your application is waiting for a decision.')).toBeVisible();
  await expectNoAxeViolations(b, 'the project page after applying');

  // A accepts in the inbox.
  await a.goto('/projects/mine');
  await expect(a.getByRole('heading', { level: 1, name: 'My projects' })).toBeVisible();
  const inbox = a.getByRole('region', { name: 'Applications to decide' });
  await expect(inbox.getByRole('link', { name: title })).toBeVisible();
  await expect(inbox).toContainText('I run Erlang in production.');
  await expectNoAxeViolations(a, 'my projects with the applications inbox');
  await inbox
    .getByRole('button', { name: `Accept ${applicant.name}` })
    .first()
    .click();
  await expect(inbox.getByRole('link', { name: title })).toHaveCount(0);

  // The team coverage now shows B covering the skill.
  await a.goto(projectPath);
  const coverage = a.getByRole('region', { name: 'Team coverage' });
  await expect(coverage.getByText('Covered', { exact: true })).toBeVisible();
  await expect(coverage.getByRole('link', { name: applicant.name })).toBeVisible();
  await expect(coverage).toContainText('1 of 1 required skill covered.');
  await expect(a.getByRole('article', { name: ROLE })).toContainText('0 seats left of 1');
  await expectNoAxeViolations(a, 'the project page after accepting');

  // B holds the role now.
  await b.goto(projectPath);
  await expect(b.getByText('You hold this role.')).toBeVisible();
  await expectNoAxeViolations(b, 'the project page as a member');
  await b.goto('/projects/mine');
  await expect(
    b.getByRole('region', { name: 'Projects I am a member of' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await expectNoAxeViolations(b, 'my projects as a member');

  // A removes B from the team, saying why; B is told.
  await a.goto(projectPath);
  await a.getByRole('button', { name: `Remove ${applicant.name} from the team` }).click();
  const removal = a.getByRole('dialog', { name: `Remove ${applicant.name} from the team?` });
  await expect(removal).toBeVisible();
  await removal.getByRole('button', { name: 'Remove from team' }).click();
  await expect(removal.getByText(`Say why, so ${applicant.name} knows.`)).toBeVisible();
  await expectNoAxeViolations(a, 'the remove-from-team dialog with its problem shown');
  await removal.getByRole('textbox', { name: 'Reason' }).fill('The cluster work is paused until spring.');
  await removal.getByRole('button', { name: 'Remove from team' }).click();
  await expect(removal).toBeHidden();
  await expect(a.getByRole('article', { name: ROLE })).toContainText('1 seat left of 1');
  await b.goto('/notifications');
  await expect(
    b.getByText(/removed you from .+: The cluster work is paused until spring\./).first(),
  ).toBeVisible();
  await expectNoAxeViolations(b, 'the notifications after being removed');

  await owner.context.close();
  await applicant.context.close();
});
