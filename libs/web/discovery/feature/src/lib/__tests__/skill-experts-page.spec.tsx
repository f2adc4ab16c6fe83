import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { TestProviders, createMockClient, type MockResolver } from '@ensemble/web/ui';
import type { SkillExpertEntry } from '@ensemble/web/discovery/data-access';
import SkillExpertsPage, { endorsersLabel } from '../skill-experts-page';
import { KUBERNETES, errorWithCode, person, skillLevels } from './fixtures';

function entry(index: number, overrides: Partial<SkillExpertEntry> = {}): SkillExpertEntry {
  const { headline: _headline, location: _location, ...summary } = person(index);
  return {
    level: 5,
    expertise: 120 - index,
    endorsementCount: 4,
    endorsementWeight: 2.64,
    evidenceCount: 2,
    recentEndorsements: 1,
    person: summary,
    ...overrides,
  };
}

const experts = {
  skillId: KUBERNETES,
  skillName: 'Kubernetes',
  holderCount: 42,
  experts: [
    entry(0),
    entry(1, {
      level: 4,
      endorsementCount: 1,
      endorsementWeight: 0.88,
      evidenceCount: 0,
      recentEndorsements: 0,
    }),
  ],
  rising: [entry(2, { level: 3, endorsementCount: 3, recentEndorsements: 3, evidenceCount: 0 })],
};

function renderExperts(resolve: MockResolver, id = KUBERNETES) {
  const client = createMockClient((request) =>
    request.operationName === 'SkillLevels' ? { data: skillLevels } : resolve(request),
  );
  render(
    <TestProviders client={client} initialEntries={[`/skills/${id}/experts`]}>
      <Routes>
        <Route path="/skills/:id/experts" element={<SkillExpertsPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

describe('SkillExpertsPage', () => {
  it('lists the experts and rising experts with the reasons they are there', () => {
    const client = renderExperts(() => ({ data: { skillExperts: experts } }));
    expect(client.requests.find((request) => request.operationName === 'SkillExperts')?.variables).toEqual({
      skillId: KUBERNETES,
      first: 10,
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Experts in Kubernetes' })).toBeInTheDocument();
    expect(document.title).toBe('Kubernetes experts · Ensemble');
    expect(screen.getByText(/42 people hold Kubernetes/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'About Kubernetes' })).toHaveAttribute(
      'href',
      `/skills/${KUBERNETES}`,
    );
    expect(screen.getByRole('link', { name: 'Search everyone with Kubernetes' })).toHaveAttribute(
      'href',
      `/search?skill=${encodeURIComponent(`${KUBERNETES}:1`)}`,
    );

    const board = screen.getByRole('list', { name: 'Experts' });
    const [first, second] = Array.from(board.children);
    expect(within(first as HTMLElement).getByRole('link', { name: 'Person 0' })).toHaveAttribute(
      'href',
      '/people/p0000000-0000-4000-8000-000000000000',
    );
    expect(
      within(first as HTMLElement).getByRole('list', { name: 'Why Person 0 is here' }),
    ).toHaveTextContent(
      [
        'Expert (5 of 5)',
        'Endorsed by 4 colleagues whose own level in Kubernetes averages Working (2 of 5)',
        'Used on 2 completed projects',
        '1 endorsement in the last 90 days',
      ].join(''),
    );
    expect(
      within(second as HTMLElement).getByRole('list', { name: 'Why Person 1 is here' }),
    ).toHaveTextContent(
      ['Advanced (4 of 5)', 'Endorsed by 1 colleague, who holds Kubernetes at Advanced (4 of 5)'].join(''),
    );

    const rising = screen.getByRole('list', { name: 'Rising experts' });
    expect(within(rising).getByRole('list', { name: 'Why Person 2 is here' })).toHaveTextContent(
      [
        'Proficient (3 of 5)',
        'Endorsed by 3 colleagues whose own level in Kubernetes averages Advanced (4 of 5)',
        '3 endorsements in the last 90 days',
      ].join(''),
    );
    // No ranking arithmetic on the page.
    expect(screen.queryByText(/weight/i)).not.toBeInTheDocument();
  });

  it('says when no one has been endorsed lately', () => {
    renderExperts(() => ({ data: { skillExperts: { ...experts, rising: [] } } }));
    expect(screen.getByText('No one else was endorsed for it in the last 90 days.')).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown skill', () => {
    renderExperts(() => ({ error: errorWithCode('SKILL_NOT_FOUND') }));
    expect(screen.getByRole('heading', { level: 1, name: 'Skill not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This skill does not exist or was removed.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers to try again after another error', async () => {
    const user = userEvent.setup();
    let fail = true;
    renderExperts(() =>
      fail ? { error: errorWithCode('INTERNAL_SERVER_ERROR') } : { data: { skillExperts: experts } },
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'The experts could not be loaded' }),
    ).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Experts in Kubernetes' }),
    ).toBeInTheDocument();
  });
});

describe('endorsersLabel', () => {
  const levelName = (level: number) =>
    ['', 'Learning', 'Working', 'Proficient', 'Advanced', 'Expert'][level] ?? '';
  // Each endorsement weighs 0.4 + 0.12 × the endorser's own level (0 when they do not hold the skill).
  const weight = (...levels: number[]) =>
    Math.round(levels.reduce((sum, level) => sum + 0.4 + 0.12 * level, 0) * 100) / 100;

  it.each([
    [[], 'No endorsements yet'],
    [[5], 'Endorsed by 1 colleague, who holds Go at Expert (5 of 5)'],
    [[0], 'Endorsed by 1 colleague, who does not hold Go'],
    [[4, 4, 4], 'Endorsed by 3 colleagues whose own level in Go averages Advanced (4 of 5)'],
    [[5, 1], 'Endorsed by 2 colleagues whose own level in Go averages Proficient (3 of 5)'],
    [[0, 0, 0], 'Endorsed by 3 colleagues, none of whom holds Go'],
    [[1, 0, 0], 'Endorsed by 3 colleagues, most of whom do not hold Go'],
  ])('endorsers at levels %j → %s', (levels, expected) => {
    expect(endorsersLabel(levels.length, weight(...levels), 'Go', levelName)).toBe(expected);
  });

  it('reads a rounded weight of many endorsements without drifting a level', () => {
    const levels = Array.from({ length: 40 }, () => 3);
    expect(endorsersLabel(40, weight(...levels), 'Go', levelName)).toBe(
      'Endorsed by 40 colleagues whose own level in Go averages Proficient (3 of 5)',
    );
  });
});
