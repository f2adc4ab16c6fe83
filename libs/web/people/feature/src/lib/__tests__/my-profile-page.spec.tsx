import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { TestProviders, type MockRequest, type MockResolver, type MockResult } from '@ensemble/web/ui';
import MyProfilePage, { MyProfileEditor } from '../my-profile-page';
import { graceAsViewer, scales, typescript } from './fixtures';
import { createMockClientWithMutations as createClient } from '@ensemble/web/ui';

function errorWithCode(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
  });
}

const suggestions = [
  { match: 'PREFIX', matchedAlias: null, skill: { id: 's-ts', name: 'TypeScript', category: 'engineering' } },
  { match: 'FUZZY', matchedAlias: null, skill: { id: 's-type', name: 'Typography', category: 'design' } },
];

/** Queries: the viewer, the level scales and the autocomplete ("typ…" finds two skills). */
const queries: MockResolver = ({ operationName, variables }) => {
  if (operationName === 'MyProfile') return { data: { viewer: graceAsViewer } };
  if (operationName === 'SkillLevels') return { data: scales };
  if (operationName === 'SkillSuggestions') {
    const search = String(variables['search']).toLowerCase();
    return {
      data: { skills: suggestions.filter((entry) => entry.skill.name.toLowerCase().startsWith(search)) },
    };
  }
  return undefined;
};

function renderMyProfile(mutate?: (request: MockRequest) => MockResult | undefined) {
  const client = createClient(queries, mutate);
  render(
    <TestProviders client={client} initialEntries={['/me']}>
      <MyProfilePage />
    </TestProviders>,
  );
  const mutations = (name: string) =>
    client.mutations.filter((request) => request.operationName === name).map((request) => request.variables);
  return { client, mutations };
}

/** Picks a skill through the autocomplete: type, wait for the debounced suggestions, choose one. */
async function pickSkill(user: ReturnType<typeof userEvent.setup>, text: string, name: string) {
  await user.type(screen.getByRole('combobox', { name: 'Skill' }), text);
  // Generous: the suggestions come after the debounce, on a machine that may be busy.
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }, { timeout: 5000 }));
}

beforeAll(() => {
  // jsdom has no layout: Mantine's combobox scrolls the highlighted option into view.
  Element.prototype.scrollIntoView = jest.fn();
});

// Unsaved drafts live in sessionStorage, which jsdom keeps across the tests of a file.
beforeEach(() => window.sessionStorage.clear());

describe('MyProfilePage', () => {
  it('is an editor for the viewer: name as the h1, completeness and the next step', async () => {
    const user = userEvent.setup();
    renderMyProfile();
    expect(screen.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(document.title).toBe('My profile · Ensemble');
    expect(screen.getByRole('link', { name: 'See your profile as colleagues see it' })).toHaveAttribute(
      'href',
      '/people/p-grace',
    );
    expect(screen.getByRole('progressbar', { name: 'Profile completeness' })).toHaveAttribute(
      'aria-valuenow',
      '65',
    );
    expect(screen.getByText('Your profile is 65% complete')).toBeInTheDocument();
    expect(screen.getByText('Add a headline so people know what you do.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Take me there' }));

    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveFocus();
  });

  it('shows every field with its current value and who can see it', () => {
    renderMyProfile();
    expect(screen.getByRole('textbox', { name: 'Location' })).toHaveValue('Arlington');
    expect(screen.getByRole('textbox', { name: 'Bio' })).toHaveValue('Compilers, COBOL and nanoseconds.');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/New_York');
    expect(screen.getByRole('combobox', { name: 'Language 1' })).toHaveValue('en');
    expect(screen.getByRole('combobox', { name: 'Proficiency in English' })).toHaveValue('NATIVE');
    expect(screen.getByRole('textbox', { name: 'Link text 1' })).toHaveValue('Blog');
    expect(screen.getByRole('textbox', { name: 'Address of link 1' })).toHaveValue(
      'https://grace.example.com',
    );
    expect(screen.getByRole('textbox', { name: 'Hours per week available for projects' })).toHaveValue('6');
    expect(screen.getByRole('switch', { name: 'Open to joining projects' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Who can see your hours for projects' })).toHaveValue(
      'MANAGER_CHAIN_AND_TEAM',
    );
    const headlineVisibility = screen.getByRole('combobox', { name: 'Who can see your headline' });
    expect(
      within(headlineVisibility)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Everyone', 'My manager chain and team', 'HR only', 'Only me']);
  });

  it('saves a visibility change at once with setMyFieldVisibility', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile(({ operationName }) =>
      operationName === 'SetMyFieldVisibility'
        ? {
            data: {
              setMyFieldVisibility: {
                id: 'p-grace',
                myFieldVisibility: [{ field: 'LOCATION', visibility: 'ONLY_ME' }],
              },
            },
          }
        : undefined,
    );
    const select = screen.getByRole('combobox', { name: 'Who can see your location' });

    await user.selectOptions(select, 'Only me');

    expect(mutations('SetMyFieldVisibility')).toEqual([{ field: 'LOCATION', visibility: 'ONLY_ME' }]);
    expect(select).toHaveValue('ONLY_ME');
    expect(await screen.findByText('Visibility saved')).toBeInTheDocument();
  });

  it('puts a visibility select back and says why when the change is refused', async () => {
    const user = userEvent.setup();
    renderMyProfile(() => ({ error: errorWithCode('UNAUTHENTICATED', 'You need to sign in to do this.') }));
    const select = screen.getByRole('combobox', { name: 'Who can see your bio' });

    await user.selectOptions(select, 'HR only');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your session has ended, so this was not saved. Sign in again, then retry.',
    );
    expect(select).toHaveValue('EVERYONE');
  });

  it('saves only the fields that changed with updateMyProfile', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile(({ operationName, variables }) =>
      operationName === 'UpdateMyProfile'
        ? { data: { updateMyProfile: { ...graceAsViewer, ...(variables['input'] as object) } } }
        : undefined,
    );

    await user.type(screen.getByRole('textbox', { name: 'Headline' }), '  Compiler pioneer ');
    await user.type(screen.getByRole('textbox', { name: 'Add a passion' }), 'Teaching{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Add a passion' }), 'Sailing, teaching{Enter}');
    await user.click(screen.getByRole('switch', { name: 'Open to joining projects' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(mutations('UpdateMyProfile')).toEqual([
      {
        input: {
          headline: 'Compiler pioneer',
          openToProjects: false,
          passions: ['Teaching', 'Sailing'],
        },
      },
    ]);
    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
  });

  it('checks links before saving and names the problem next to the field', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile();
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await user.type(screen.getByRole('textbox', { name: 'Link text 2' }), 'Talks');
    await user.type(screen.getByRole('textbox', { name: 'Address of link 2' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(mutations('UpdateMyProfile')).toEqual([]);
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toContain('“Talks” needs an address starting with https:// or http://.');
  });

  it('shows the API’s validation message in words', async () => {
    const user = userEvent.setup();
    renderMyProfile(() => ({
      error: errorWithCode(
        'BAD_USER_INPUT',
        'Invalid input: timeZone must be an IANA time zone name such as "Europe/Berlin".',
        {
          details: {
            fields: [
              {
                field: 'input.timeZone',
                problems: ['timeZone must be an IANA time zone name such as "Europe/Berlin"'],
              },
            ],
          },
        },
      ),
    }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('TimeZone must be an IANA time zone name such as "Europe/Berlin".');
  });

  it('previews the bio as Markdown', async () => {
    const user = userEvent.setup();
    renderMyProfile();
    const bio = screen.getByRole('textbox', { name: 'Bio' });
    await user.clear(bio);
    await user.type(bio, 'I like **compilers**');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));

    const preview = screen.getByRole('region', { name: 'Bio preview' });
    expect(within(preview).getByText('compilers').tagName).toBe('STRONG');
  });

  it('adds a skill picked from the autocomplete with a level, years, interest and wish to grow', async () => {
    const user = userEvent.setup();
    const { client, mutations } = renderMyProfile(({ operationName }) =>
      operationName === 'SetMySkill' ? { data: { setMySkill: { ...typescript } } } : undefined,
    );

    await pickSkill(user, 'typ', 'TypeScript');
    // Debounced: one autocomplete request for the paused text, not one per keystroke.
    expect(
      client.requests
        .filter((request) => request.operationName === 'SkillSuggestions')
        .map((request) => request.variables),
    ).toEqual([{ search: 'typ', first: 8 }]);
    expect(screen.getByRole('combobox', { name: 'Skill' })).toHaveValue('TypeScript');

    const level = screen.getByRole('combobox', { name: 'Level' });
    expect(
      within(level)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toContain('4 · Advanced: Tackles the hard problems and coaches others.');
    await user.selectOptions(level, '4');
    expect(
      screen.getAllByText('Advanced: Tackles the hard problems and coaches others.').length,
    ).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: 'Years of experience' }), '3.5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interest' }), '2');
    await user.click(screen.getByRole('switch', { name: 'I want to grow in this skill' }));
    await user.click(screen.getByRole('button', { name: 'Add skill' }));

    expect(mutations('SetMySkill')).toEqual([
      { input: { skillId: 's-ts', level: 4, years: 3.5, interest: 2, wantsToGrow: true } },
    ]);
    expect(await screen.findByText('TypeScript is on your profile now.')).toBeInTheDocument();
    // Ready for the next one.
    expect(screen.getByRole('combobox', { name: 'Skill' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Level' })).toHaveValue('');
  });

  it('adds an interest-only skill with setMySkillInterest', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile(() => ({ data: { setMySkillInterest: null } }));
    await pickSkill(user, 'typo', 'Typography');
    await user.click(screen.getByRole('switch', { name: 'I want to grow in this skill' }));
    await user.click(screen.getByRole('button', { name: 'Add skill' }));

    expect(mutations('SetMySkillInterest')).toEqual([{ skillId: 's-type', interest: 0, wantsToGrow: true }]);
    expect(mutations('SetMySkill')).toEqual([]);
  });

  it('asks for a skill from the suggestions before adding', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), '3');
    await user.click(screen.getByRole('button', { name: 'Add skill' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a skill from the suggestions first.');
    expect(mutations('SetMySkill')).toEqual([]);
  });

  it('shows a refused skill change in words, from its error code', async () => {
    const user = userEvent.setup();
    renderMyProfile(() => ({
      error: errorWithCode(
        'SKILL_RETIRED',
        'This skill was retired and can no longer be added to a profile.',
      ),
    }));
    await pickSkill(user, 'typ', 'TypeScript');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), '2');
    await user.click(screen.getByRole('button', { name: 'Add skill' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This skill was retired and can no longer be added to a profile.',
    );
  });

  it('never shows internals of an unexpected error', async () => {
    const user = userEvent.setup();
    renderMyProfile(() => ({
      error: errorWithCode('INTERNAL_SERVER_ERROR', 'relation "person_skill" does not exist', {
        requestId: 'req-42',
      }),
    }));
    await pickSkill(user, 'typ', 'TypeScript');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), '2');
    await user.click(screen.getByRole('button', { name: 'Add skill' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This was not saved because of a problem on our side.');
    expect(alert).toHaveTextContent('req-42');
    expect(alert).not.toHaveTextContent('relation');
  });

  it('edits a skill in a dialog', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile(() => ({ data: { setMySkill: { ...typescript, level: 5 } } }));

    await user.click(screen.getByRole('button', { name: 'Edit TypeScript' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit TypeScript' });
    expect(within(dialog).getByRole('combobox', { name: 'Level' })).toHaveValue('4');
    expect(within(dialog).getByRole('textbox', { name: 'Years of experience' })).toHaveValue('6');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Level' }), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(mutations('SetMySkill')).toEqual([
      { input: { skillId: 's-ts', level: 5, years: 6, interest: 3, wantsToGrow: false } },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('TypeScript was updated.')).toBeInTheDocument();
  });

  it('removes a skill after saying its endorsements go with it', async () => {
    const user = userEvent.setup();
    const { mutations } = renderMyProfile(() => ({ data: { removeMySkill: true } }));

    await user.click(screen.getByRole('button', { name: 'Remove TypeScript' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove TypeScript from your profile?' });
    expect(dialog).toHaveTextContent('Its 4 endorsements will be deleted too');
    await user.click(within(dialog).getByRole('button', { name: 'Remove skill' }));

    expect(mutations('RemoveMySkill')).toEqual([{ skillId: 's-ts' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('TypeScript was removed from your profile.')).toBeInTheDocument();
  });
});

/** The part of a fetch Response the avatar calls read (jsdom has no Response). */
function jsonResponse(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}

describe('MyProfileEditor photo', () => {
  function renderEditor(fetchImpl: typeof fetch) {
    const onRefresh = jest.fn();
    const client = createClient(queries);
    render(
      <TestProviders client={client}>
        <MyProfileEditor person={graceAsViewer} onRefresh={onRefresh} fetchImpl={fetchImpl} />
      </TestProviders>,
    );
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    return { input, onRefresh };
  }

  it('checks type and size in the browser before uploading', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const fetchImpl = jest.fn<ReturnType<typeof fetch>, Parameters<typeof fetch>>();
    const { input } = renderEditor(fetchImpl);

    await user.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The picture must be a PNG, JPEG, WebP or GIF image.',
    );

    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'big.png', { type: 'image/png' });
    await user.upload(input, big);
    expect(screen.getByRole('alert')).toHaveTextContent('The picture is 3.0 MB; at most 2 MB fits.');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('uploads a picture and refreshes the profile', async () => {
    const user = userEvent.setup();
    const fetchImpl = jest.fn<ReturnType<typeof fetch>, Parameters<typeof fetch>>(async () =>
      jsonResponse(201, { avatarUrl: '/api/avatar/p-grace?v=1', contentType: 'image/png' }),
    );
    const { input, onRefresh } = renderEditor(fetchImpl);

    await user.upload(input, new File([new Uint8Array(10)], 'me.png', { type: 'image/png' }));

    expect(await screen.findByText('Photo updated')).toBeInTheDocument();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/api/avatar');
    expect(init?.method).toBe('POST');
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(onRefresh).toHaveBeenCalled();
  });

  it('shows the server’s refusal in words', async () => {
    const user = userEvent.setup();
    const fetchImpl = jest.fn<ReturnType<typeof fetch>, Parameters<typeof fetch>>(async () =>
      jsonResponse(413, {
        error: {
          code: 'AVATAR_TOO_LARGE',
          message: 'The picture is 5000×5000 pixels; at most 4096×4096 fits.',
        },
      }),
    );
    const { input, onRefresh } = renderEditor(fetchImpl);

    await user.upload(input, new File([new Uint8Array(10)], 'huge.png', { type: 'image/png' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The picture is 5000×5000 pixels; at most 4096×4096 fits.',
    );
    expect(onRefresh).not.toHaveBeenCalled();
  });
});
