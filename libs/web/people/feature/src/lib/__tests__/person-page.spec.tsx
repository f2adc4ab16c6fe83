import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { TestProviders, type MockResolver } from '@ensemble/web/ui';
import PersonPage from '../person-page';
import { grace, typescript } from './fixtures';
import { createMockClientWithMutations as createClient } from '@ensemble/web/ui';

/** Someone else is signed in unless a test says otherwise. */
const asAda = { id: 'p-ada' };

function renderPerson(resolve: MockResolver, id = 'p-grace', mutate?: MockResolver) {
  const client = createClient(resolve, mutate);
  render(
    <TestProviders client={client} initialEntries={[`/people/${id}`]}>
      <Routes>
        <Route path="/people/:id" element={<PersonPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

function errorWithCode(code: string, message = 'Failed.') {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });
}

describe('PersonPage', () => {
  it('asks for the person in the URL', () => {
    const client = renderPerson(() => ({ data: { person: grace, viewer: asAda } }));
    expect(client.requests).toEqual([{ operationName: 'Person', variables: { id: 'p-grace' } }]);
  });

  it('shows the person: name as the h1, title, department, location, email and bio', () => {
    renderPerson(() => ({ data: { person: grace, viewer: asAda } }));
    expect(screen.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Staff Engineer')).toBeInTheDocument();
    expect(screen.getByText('Arlington')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'grace.hopper@example.com' })).toHaveAttribute(
      'href',
      'mailto:grace.hopper@example.com',
    );
    expect(screen.getByText('Compilers, COBOL and nanoseconds.')).toBeInTheDocument();
    expect(document.title).toBe('Grace Hopper · Ensemble');
  });

  it('renders the manager chain from the top of the organisation down, as links', () => {
    renderPerson(() => ({ data: { person: grace, viewer: asAda } }));
    const chain = screen.getByRole('navigation', { name: 'Manager chain' });
    const links = within(chain).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/people/p-ada', '/people/p-alan']);
    const items = within(chain).getAllByRole('listitem');
    expect(items[items.length - 1]).toHaveAttribute('aria-current', 'page');
    expect(items[items.length - 1]).toHaveTextContent('Grace Hopper');
  });

  it('lists the direct reports with links to their pages', () => {
    renderPerson(() => ({ data: { person: grace, viewer: asAda } }));
    expect(screen.getByRole('heading', { level: 2, name: 'Direct reports (2)' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Direct reports of Grace Hopper' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Katherine Johnson', '/people/p-kath'],
      ['Margaret Hamilton', '/people/p-marg'],
    ]);
  });

  it('says so when someone is at the top and has no reports', () => {
    renderPerson(() => ({
      data: {
        person: { ...grace, managerChain: [], directReports: [], directReportCount: 0 },
        viewer: asAda,
      },
    }));
    expect(screen.queryByRole('navigation', { name: 'Manager chain' })).not.toBeInTheDocument();
    expect(screen.getByText('Grace Hopper is at the top of the organisation.')).toBeInTheDocument();
    expect(screen.getByText('Grace has no direct reports.')).toBeInTheDocument();
  });

  it('shows the NOT_FOUND error state', () => {
    renderPerson(() => ({ error: errorWithCode('NOT_FOUND', 'Person p-gone was not found.') }), 'p-gone');
    expect(screen.getByRole('heading', { level: 1, name: 'Person not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This person does not exist or was removed.');
    expect(screen.getByRole('link', { name: 'Browse the people directory' })).toHaveAttribute(
      'href',
      '/people',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('treats a malformed id (BAD_USER_INPUT) as not found', () => {
    renderPerson(() => ({ error: errorWithCode('BAD_USER_INPUT') }), 'not-a-uuid');
    expect(screen.getByRole('alert')).toHaveTextContent('This person does not exist or was removed.');
  });

  it('shows a friendly message and a retry for other errors', () => {
    renderPerson(() => ({ error: errorWithCode('INTERNAL_SERVER_ERROR', 'SELECT * FROM secrets failed') }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while loading this page.');
    expect(alert).not.toHaveTextContent('SELECT');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows an accessible loading state while the query runs', () => {
    renderPerson(() => undefined);
    expect(screen.getByRole('status')).toHaveTextContent('Loading profile…');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Loading profile' })).toBeInTheDocument();
  });

  it('shows the profile fields the viewer may see, and links the department', () => {
    renderPerson(() => ({ data: { person: grace, viewer: asAda } }));
    expect(screen.getByTestId('headline')).toHaveTextContent('Compiler pioneer');
    expect(screen.getByText(/America\/New York/)).toBeInTheDocument();
    expect(screen.getByText('English (native or bilingual)')).toBeInTheDocument();
    expect(screen.getByText('Open to joining projects')).toBeInTheDocument();
    expect(screen.getByText('6 hours a week for projects')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', 'https://grace.example.com');
    const passions = screen.getByRole('list', { name: 'Passions' });
    expect(
      within(passions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Teaching', 'Nanoseconds']);
    expect(screen.getByRole('list', { name: 'Ask me about' })).toHaveTextContent('COBOL');
    const departmentLinks = screen.getAllByRole('link', { name: 'Engineering' });
    expect(departmentLinks[0]).toHaveAttribute('href', '/departments/d-eng');
  });

  it('leaves out fields that are hidden from the viewer or empty (null)', () => {
    renderPerson(() => ({
      data: {
        person: {
          ...grace,
          headline: null,
          location: null,
          timeZone: null,
          spokenLanguages: null,
          links: null,
          hoursPerWeekAvailable: null,
          openToProjects: null,
          passions: null,
          askMeAbout: [],
          bio: null,
        },
        viewer: asAda,
      },
    }));
    expect(screen.queryByTestId('headline')).not.toBeInTheDocument();
    for (const term of ['Location', 'Time zone', 'Languages', 'Projects', 'Availability', 'Links']) {
      expect(screen.queryByText(term, { selector: 'dt' })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('heading', { name: 'Passions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ask me about' })).not.toBeInTheDocument();
    expect(screen.getByText('No bio shared.')).toBeInTheDocument();
  });

  it('renders the bio as Markdown, never as HTML', () => {
    renderPerson(() => ({
      data: {
        person: { ...grace, bio: 'I like **compilers**.\n\n- COBOL\n- <b>FLOW-MATIC</b>' },
        viewer: asAda,
      },
    }));
    expect(screen.getByText('compilers').tagName).toBe('STRONG');
    expect(screen.getByText('<b>FLOW-MATIC</b>')).toBeInTheDocument();
  });

  it('groups skills by category, each linking to its page with its level in words', () => {
    renderPerson(() => ({ data: { person: grace, viewer: asAda } }));
    const categories = screen.getAllByTestId('skill-category');
    expect(categories.map((category) => within(category).getAllByRole('heading')[0]?.textContent)).toEqual([
      'Engineering',
      'Languages',
    ]);
    const engineering = categories[0] as HTMLElement;
    expect(
      within(engineering)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['TypeScript', 'Compilers', 'Rust']);
    expect(within(engineering).getByRole('link', { name: 'TypeScript' })).toHaveAttribute(
      'href',
      '/skills/s-ts',
    );
    const ts = within(engineering).getByRole('article', { name: 'TypeScript' });
    expect(ts).toHaveTextContent('Level 4 of 5');
    expect(ts).toHaveTextContent('Advanced: Tackles the hard problems and coaches others.');
    expect(ts).toHaveTextContent('Experience: 6 years');
    expect(within(ts).getByTestId('endorsement-count')).toHaveTextContent('4 endorsements');
    expect(
      within(ts)
        .getAllByRole('link', { name: 'Alan Turing' })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/people/p-alan', '/people/p-alan']);
    expect(ts).toHaveTextContent('Endorsed by Alan Turing, Katherine Johnson and 2 others');
    // One label for the interest, not "Interest: Passion: A passion: …".
    expect(ts).toHaveTextContent('Passion: Would love to spend much of their time on it.');
    expect(ts).not.toHaveTextContent(/Interest: Passion|A passion/);
    expect(within(ts).getByRole('list', { name: 'Endorsement notes for TypeScript' })).toHaveTextContent(
      '“Rewrote our build in a weekend.” — Alan Turing',
    );
    const rust = within(engineering).getByRole('article', { name: 'Rust' });
    expect(rust).toHaveTextContent('Interest only');
    expect(rust).toHaveTextContent('Wants to grow in this');
    // Interest-only skills cannot be endorsed.
    expect(within(rust).queryByRole('button')).not.toBeInTheDocument();
  });

  it('never offers endorsing on one’s own profile', () => {
    renderPerson(() => ({ data: { person: grace, viewer: { id: 'p-grace' } } }));
    expect(screen.getByText(/This is your own profile/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit it on My profile' })).toHaveAttribute('href', '/me');
    expect(screen.queryByRole('button', { name: /endorse/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /withdraw/i })).not.toBeInTheDocument();
  });

  it('endorses a skill with an optional note from a dialog', async () => {
    const user = userEvent.setup();
    const client = renderPerson(
      () => ({ data: { person: grace, viewer: asAda } }),
      'p-grace',
      ({ operationName, variables }) =>
        operationName === 'Endorse'
          ? {
              data: {
                endorse: {
                  id: 'e9',
                  personId: 'p-grace',
                  skillId: 's-ts',
                  note: (variables['input'] as { note: string | null }).note,
                  createdAt: '2026-02-01T00:00:00Z',
                },
              },
            }
          : undefined,
    );

    await user.click(screen.getByRole('button', { name: 'Endorse TypeScript' }));
    const dialog = screen.getByRole('dialog', { name: 'Endorse Grace for TypeScript' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), '  Shipped it.  ');
    await user.click(within(dialog).getByRole('button', { name: 'Endorse' }));

    expect(client.mutations).toEqual([
      {
        operationName: 'Endorse',
        variables: { input: { personId: 'p-grace', skillId: 's-ts', note: 'Shipped it.' } },
        context: { additionalTypenames: ['Person', 'PersonSkill', 'Endorsement'] },
      },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('You endorsed Grace for TypeScript.')).toBeInTheDocument();
  });

  it('sends no note when none was written, and shows a refusal in words', async () => {
    const user = userEvent.setup();
    const client = renderPerson(
      () => ({ data: { person: grace, viewer: asAda } }),
      'p-grace',
      () => ({
        error: errorWithCode(
          'SKILL_NOT_ON_PROFILE',
          'This person does not list this skill with a level, so it cannot be endorsed.',
        ),
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Endorse Compilers' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Endorse' }));

    expect(client.mutations[0]?.variables).toEqual({
      input: { personId: 'p-grace', skillId: 's-compilers', note: null },
    });
    expect(within(screen.getByRole('dialog')).getByRole('alert')).toHaveTextContent(
      'This person does not list this skill with a level, so it cannot be endorsed.',
    );
  });

  it('offers to withdraw an endorsement the viewer made', async () => {
    const user = userEvent.setup();
    const endorsed = { ...grace, skills: [{ ...typescript, endorsedByViewer: true }] };
    const client = renderPerson(
      () => ({ data: { person: endorsed, viewer: asAda } }),
      'p-grace',
      () => ({ data: { withdrawEndorsement: true } }),
    );
    expect(screen.getByText('You endorsed this')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Endorse TypeScript' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Withdraw endorsement of TypeScript' }));

    expect(client.mutations.map(({ operationName, variables }) => ({ operationName, variables }))).toEqual([
      { operationName: 'WithdrawEndorsement', variables: { personId: 'p-grace', skillId: 's-ts' } },
    ]);
    expect(screen.getByText('Your endorsement of TypeScript was withdrawn.')).toBeInTheDocument();
  });
});
