// What a person relies on when saving the profile goes wrong: nothing typed is lost (a dropped
// connection, a failed refresh, an expired session), and a new hire is welcomed with first steps.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError, type Client } from 'urql';
import { GraphQLError } from 'graphql';
import { makeSubject } from 'wonka';
import {
  TestProviders,
  createMockClientWithMutations,
  draftKey,
  readDraft,
  type MockRequest,
  type MockResult,
} from '@ensemble/web/ui';
import type { MyProfileResult } from '@ensemble/web/people/data-access';
import MyProfilePage from '../my-profile-page';
import { graceAsViewer, scales } from './fixtures';

const dropped = () => new CombinedError({ networkError: new TypeError('Failed to fetch') });
const expired = () =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError('You need to sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' } }),
    ],
  });
const savedAs = (variables: Record<string, unknown>): MockResult => ({
  data: { updateMyProfile: { ...graceAsViewer, ...(variables['input'] as object) } },
});

function renderPage(
  mutate: (request: MockRequest) => MockResult | undefined,
  viewer: MyProfileResult['viewer'] = graceAsViewer,
) {
  const client = createMockClientWithMutations(({ operationName }) => {
    if (operationName === 'MyProfile') return { data: { viewer } };
    if (operationName === 'SkillLevels') return { data: scales };
    return undefined;
  }, mutate);
  const view = render(
    <TestProviders client={client} initialEntries={['/me']}>
      <MyProfilePage />
    </TestProviders>,
  );
  const saves = () => client.mutations.filter((request) => request.operationName === 'UpdateMyProfile');
  return { client, saves, unmount: view.unmount };
}

const headline = () => screen.getByRole('textbox', { name: 'Headline' });

beforeEach(() => window.sessionStorage.clear());

describe('saving the profile when something goes wrong', () => {
  it('keeps what was typed through a dropped connection, says it was not saved, and Retry saves it', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { saves } = renderPage(({ variables }) => {
      attempts += 1;
      return attempts === 1 ? { error: dropped() } : savedAs(variables);
    });
    await user.type(headline(), 'Compiler whisperer');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('Ensemble could not be reached, so this was not saved.');
    expect(headline()).toHaveValue('Compiler whisperer');
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(saves().map((request) => request.variables)).toEqual([
      { input: { headline: 'Compiler whisperer' } },
      { input: { headline: 'Compiler whisperer' } },
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(headline()).toHaveValue('Compiler whisperer');
  });

  it('keeps the editor and the typing when a refresh of the profile fails', async () => {
    const user = userEvent.setup();
    const client = createMockClientWithMutations(({ operationName }) =>
      operationName === 'SkillLevels' ? { data: scales } : undefined,
    );
    // The profile query's results, pushed by the test: loaded, then a refetch that fails.
    const profile = makeSubject<object>();
    const answer = client.executeQuery.bind(client);
    Object.assign(client, {
      executeQuery: (request: Parameters<Client['executeQuery']>[0], context?: object) =>
        request.query.definitions.some((node) => 'name' in node && node.name?.value === 'MyProfile')
          ? profile.source
          : answer(request, context),
    });
    render(
      <TestProviders client={client} initialEntries={['/me']}>
        <MyProfilePage />
      </TestProviders>,
    );
    const result = (fields: object) => ({ operation: {}, stale: false, hasNext: false, ...fields });
    act(() => profile.next(result({ data: { viewer: graceAsViewer } })));
    await user.type(headline(), 'Still here');

    act(() => profile.next(result({ data: undefined, error: dropped() })));

    expect(headline()).toHaveValue('Still here');
    expect(screen.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByText('Your profile could not be refreshed')).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });

  it('says the session expired, keeps the draft through signing in again and restores it', async () => {
    const user = userEvent.setup();
    const first = renderPage(() => ({ error: expired() }));
    await user.type(headline(), 'Typed before my session ended');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired — sign in again; your changes are kept.');
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Fme',
    );
    expect(readDraft(draftKey('p-grace', 'profile'))).toMatchObject({
      headline: 'Typed before my session ended',
    });
    first.unmount();

    // Back from signing in: the page loads again and the draft comes back.
    const second = renderPage(({ variables }) => savedAs(variables));
    expect(headline()).toHaveValue('Typed before my session ended');
    expect(screen.getByText('Your unsaved changes are back')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(second.saves().map((request) => request.variables)).toEqual([
      { input: { headline: 'Typed before my session ended' } },
    ]);
    expect(readDraft(draftKey('p-grace', 'profile'))).toBeNull();
    expect(screen.queryByText('Your unsaved changes are back')).not.toBeInTheDocument();
  });

  it('never shows one person’s draft to another on the same browser, and discarding forgets it', async () => {
    const user = userEvent.setup();
    const grace = renderPage(() => ({ error: dropped() }));
    await user.type(headline(), 'Grace’s private draft');
    grace.unmount();

    const kath = renderPage(() => undefined, { ...graceAsViewer, id: 'p-kath', givenName: 'Katherine' });
    expect(headline()).toHaveValue('');
    expect(screen.queryByText('Your unsaved changes are back')).not.toBeInTheDocument();
    kath.unmount();

    renderPage(() => undefined);
    expect(headline()).toHaveValue('Grace’s private draft');
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(headline()).toHaveValue('');
    expect(readDraft(draftKey('p-grace', 'profile'))).toBeNull();
  });

  it('asks before a link leaves unsaved changes', async () => {
    const user = userEvent.setup();
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    renderPage(() => undefined);
    await user.type(headline(), 'Not yet saved');

    await user.click(screen.getByRole('link', { name: 'See your profile as colleagues see it' }));

    expect(confirm).toHaveBeenCalledWith(
      'You have changes that are not saved. Leave this page and lose them?',
    );
    expect(headline()).toHaveValue('Not yet saved');
    confirm.mockRestore();
  });
});

describe('completeness on My profile', () => {
  const newHire: MyProfileResult['viewer'] = {
    ...graceAsViewer,
    bio: null,
    skills: [],
    profileCompleteness: {
      percent: 0,
      nextStep: { field: 'skills', hint: 'Add your skills with a level for each.' },
      nextSteps: [
        { field: 'skills', hint: 'Add your skills with a level for each.' },
        { field: 'headline', hint: 'Add a headline so people know what you do.' },
        { field: 'bio', hint: 'Write a short bio.' },
        { field: 'passions', hint: 'Add a few passions.' },
      ],
    },
  };

  it('welcomes a new hire at 0% with the first three steps, each taking them to the field', async () => {
    const user = userEvent.setup();
    renderPage(() => undefined, newHire);

    const welcome = screen.getByRole('region', { name: 'Welcome to Ensemble, Grace!' });
    const steps = within(welcome).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'Add your skills with a level for each.',
      'Add a headline so people know what you do.',
      'Write a short bio.',
    ]);
    expect(screen.queryByRole('progressbar', { name: 'Profile completeness' })).not.toBeInTheDocument();

    await user.click(
      within(welcome).getByRole('button', { name: 'Add a headline so people know what you do.' }),
    );
    expect(headline()).toHaveFocus();
  });

  it('shows the meter and the most useful step once the profile has begun', () => {
    renderPage(() => undefined);
    expect(screen.queryByRole('region', { name: /Welcome to Ensemble/ })).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Profile completeness' })).toHaveAttribute(
      'aria-valuenow',
      '65',
    );
  });

  it('shows the initials circle once', () => {
    renderPage(() => undefined);
    expect(screen.getAllByText('GH')).toHaveLength(1);
  });
});
