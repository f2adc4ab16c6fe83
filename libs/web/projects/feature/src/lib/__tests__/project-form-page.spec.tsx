import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { TestProviders, createMockClientWithMutations, type MockResolver } from '@ensemble/web/ui';
import { EditProjectPage, NewProjectPage } from '../project-form-page';
import { SKILL_PICKER_DEBOUNCE_MS } from '../skill-picker';
import { PROJECT_ID, PYTHON, ROLE_APPLY, ROLE_OPEN, errorWithCode, projectData } from './fixtures';

const suggestions: MockResolver = (request) =>
  request.operationName === 'SkillSuggestions'
    ? {
        data: {
          skills: [
            {
              match: 'PREFIX',
              matchedAlias: null,
              skill: { id: PYTHON, name: 'Python', category: 'KNOWLEDGE' },
            },
          ],
        },
      }
    : undefined;

function renderNew(mutate: MockResolver) {
  const client = createMockClientWithMutations(suggestions, mutate);
  render(
    <TestProviders client={client} initialEntries={['/projects/new']}>
      <Routes>
        <Route path="/projects/new" element={<NewProjectPage />} />
        <Route path="/projects/:id" element={<h1>Project page</h1>} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

async function fillValidProject(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Data platform');
  await user.type(screen.getByLabelText(/^Starts on/), '2026-01-05');
  await user.type(screen.getByLabelText(/^Ends on/), '2026-06-30');
  await user.type(screen.getByRole('textbox', { name: /^Role title/ }), 'Pipeline engineer');
}

beforeAll(() => {
  // jsdom has no layout: Mantine's combobox scrolls the highlighted option into view.
  Element.prototype.scrollIntoView = jest.fn();
});

describe('NewProjectPage', () => {
  beforeEach(() => jest.useFakeTimers({ advanceTimers: true }));
  afterEach(() => jest.useRealTimers());

  it('checks the fields before sending anything', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const client = renderNew(() => ({ data: {} }));
    const seats = screen.getByRole('textbox', { name: /^Seats/ });
    await user.clear(seats);
    await user.type(seats, '51');
    await user.type(screen.getByLabelText(/^Starts on/), '2026-06-30');
    await user.type(screen.getByLabelText(/^Ends on/), '2026-01-05');
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));
    expect(client.mutations).toHaveLength(0);
    expect(screen.getByText('Give the project a title.')).toBeInTheDocument();
    expect(screen.getByText('The end must be on or after the start.')).toBeInTheDocument();
    expect(screen.getByText('Give the role a title.')).toBeInTheDocument();
    expect(screen.getByText('From 1 to 50 seats.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need a change');
  });

  it('creates the project with its roles and required skills, then opens it', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const client = renderNew(() => ({ data: { createProject: { id: PROJECT_ID, title: 'Data platform' } } }));
    await fillValidProject(user);
    await user.type(screen.getByRole('textbox', { name: 'Goals' }), 'Ship v1{Enter}{Enter}Onboard teams');
    await user.click(screen.getByRole('radio', { name: 'By application: a lead decides' }));
    await user.click(screen.getByRole('checkbox', { name: /Ask each applicant’s manager/ }));
    await user.type(
      screen.getByRole('combobox', { name: /^Add a required skill to Pipeline engineer/ }),
      'pyth',
    );
    await act(async () => {
      jest.advanceTimersByTime(SKILL_PICKER_DEBOUNCE_MS + 10);
    });
    await user.click(await screen.findByRole('option', { name: /Python/ }));
    const skills = screen.getByRole('list', { name: 'Skills for Pipeline engineer' });
    await user.selectOptions(within(skills).getByRole('combobox', { name: 'Minimum level for Python' }), '4');
    await user.selectOptions(within(skills).getByRole('combobox', { name: 'Weight of Python' }), 'nice');
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));

    expect(client.mutations).toHaveLength(1);
    expect(client.mutations[0]).toMatchObject({
      operationName: 'CreateProject',
      variables: {
        input: {
          title: 'Data platform',
          summary: '',
          description: '',
          goals: ['Ship v1', 'Onboard teams'],
          startsOn: '2026-01-05',
          endsOn: '2026-06-30',
          hoursPerWeek: 4,
          remote: true,
          visibility: 'COMPANY',
          roles: [
            {
              title: 'Pipeline engineer',
              description: '',
              seats: 1,
              joinPolicy: 'APPLICATION',
              managerConsent: true,
              consentDays: 5,
              skills: [{ skillId: PYTHON, minLevel: 4, mustHave: false }],
            },
          ],
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Project page' })).toBeInTheDocument();
  });

  it('shows the API’s per-field problems next to the fields', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderNew(() => ({
      error: errorWithCode('BAD_USER_INPUT', 'Invalid project', {
        details: {
          fields: [
            { field: 'input.endsOn', problems: ['must be on or after startsOn'] },
            { field: 'input.roles.0.seats', problems: ['must not be greater than 50'] },
          ],
        },
      }),
    }));
    await fillValidProject(user);
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));
    expect(await screen.findByText('Must be on or after startsOn')).toBeInTheDocument();
    expect(screen.getByText('Must not be greater than 50')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need a change');
  });

  it('clears each problem as soon as its field is fixed, and re-checks what is still wrong', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderNew(() => ({ data: {} }));
    const seats = screen.getByRole('textbox', { name: /^Seats/ });
    await user.clear(seats);
    await user.type(seats, '51');
    await user.type(screen.getByLabelText(/^Starts on/), '2026-06-30');
    await user.type(screen.getByLabelText(/^Ends on/), '2026-01-05');
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));
    expect(screen.getByText('Give the project a title.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Data platform');
    expect(screen.queryByText('Give the project a title.')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).not.toHaveAttribute('aria-invalid', 'true');
    // Other problems stay until their own field changes.
    expect(screen.getByText('The end must be on or after the start.')).toBeInTheDocument();
    expect(screen.getByText('Give the role a title.')).toBeInTheDocument();

    // Fixing the order from the start date clears the end date's problem too.
    const starts = screen.getByLabelText(/^Starts on/);
    await user.clear(starts);
    await user.type(starts, '2026-01-01');
    expect(screen.queryByText('The end must be on or after the start.')).not.toBeInTheDocument();

    // Still wrong while typing: the message says what is wrong now.
    await user.clear(seats);
    expect(screen.getByText('From 1 to 50 seats.')).toBeInTheDocument();
    await user.type(seats, '5');
    expect(screen.queryByText('From 1 to 50 seats.')).not.toBeInTheDocument();

    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need a change');
    await user.type(screen.getByRole('textbox', { name: /^Role title/ }), 'Pipeline engineer');
    expect(screen.queryByText('Give the role a title.')).not.toBeInTheDocument();
    // Nothing left to change: the summary goes too.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the API’s problem under a field until that field changes', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderNew(() => ({
      error: errorWithCode('BAD_USER_INPUT', 'Invalid project', {
        details: {
          fields: [
            { field: 'input.location', problems: ['must be at most 200 characters'] },
            { field: 'input.roles.0.seats', problems: ['must not be greater than 50'] },
          ],
        },
      }),
    }));
    await fillValidProject(user);
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));
    expect(await screen.findByText('Must not be greater than 50')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Role description/ }), 'Builds pipelines.');
    expect(screen.getByText('Must not be greater than 50')).toBeInTheDocument();
    const seats = screen.getByRole('textbox', { name: /^Seats/ });
    await user.clear(seats);
    await user.type(seats, '2');
    expect(screen.queryByText('Must not be greater than 50')).not.toBeInTheDocument();
    expect(screen.getByText('Must be at most 200 characters')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Location/ }), 'Berlin');
    expect(screen.queryByText('Must be at most 200 characters')).not.toBeInTheDocument();
  });

  it('lets the owner require the must-have skills to join an open role at once', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const client = renderNew(() => ({ data: { createProject: { id: PROJECT_ID, title: 'Data platform' } } }));
    await fillValidProject(user);
    const rule = screen.getByRole('checkbox', { name: /Joining at once requires the must-have skills/ });
    expect(rule).not.toBeChecked();
    await user.click(rule);
    // Only open roles are joined at once: a role by application has no such setting.
    await user.click(screen.getByRole('radio', { name: 'By application: a lead decides' }));
    expect(screen.queryByRole('checkbox', { name: /Joining at once/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Open: join at once' }));
    expect(screen.getByRole('checkbox', { name: /Joining at once/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));
    expect(client.mutations[0]?.variables['input']).toMatchObject({
      roles: [{ title: 'Pipeline engineer', joinPolicy: 'OPEN', joinRequiresSkills: true }],
    });
  });

  it('shows a readable message for other refusals', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderNew(() => ({
      error: errorWithCode('SKILL_RETIRED', 'This skill was retired and can no longer be used.'),
    }));
    await fillValidProject(user);
    await user.click(screen.getByRole('button', { name: 'Propose the project' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This skill was retired and can no longer be used.',
    );
  });
});

describe('EditProjectPage', () => {
  it('saves the project, updates kept roles, adds new ones and removes dropped ones', async () => {
    const user = userEvent.setup();
    const data = projectData({ viewerIsLead: true });
    data.project.roles = data.project.roles.map((role) =>
      role.id === ROLE_APPLY ? { ...role, members: [] } : role,
    );
    const client = createMockClientWithMutations(
      (request) => (request.operationName === 'Project' ? { data } : undefined),
      (request) => ({ data: { [request.operationName]: { id: 'x' } } }),
    );
    render(
      <TestProviders client={client} initialEntries={[`/projects/${PROJECT_ID}/edit`]}>
        <Routes>
          <Route path="/projects/:id/edit" element={<EditProjectPage />} />
          <Route path="/projects/:id" element={<h1>Project page</h1>} />
        </Routes>
      </TestProviders>,
    );
    const title = screen.getByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue('Data platform');
    await user.clear(title);
    await user.type(title, 'Data platform 2');
    await user.click(screen.getByRole('button', { name: 'Remove role Analyst' }));
    // A role with members cannot be removed.
    expect(screen.queryByRole('button', { name: 'Remove role Pipeline engineer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a role' }));
    const roleTitles = screen.getAllByRole('textbox', { name: /^Role title/ });
    await user.type(roleTitles[1] as HTMLElement, 'Designer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(client.mutations.map((mutation) => mutation.operationName)).toEqual([
      'UpdateProject',
      'RemoveProjectRole',
      'UpdateProjectRole',
      'AddProjectRole',
    ]);
    expect(client.mutations[0]?.variables).toMatchObject({
      projectId: PROJECT_ID,
      input: { title: 'Data platform 2', location: 'Berlin' },
    });
    expect(client.mutations[1]?.variables).toEqual({ roleId: ROLE_APPLY });
    expect(client.mutations[2]?.variables).toMatchObject({ roleId: ROLE_OPEN, input: { seats: 3 } });
    expect(client.mutations[3]?.variables).toMatchObject({
      projectId: PROJECT_ID,
      input: { title: 'Designer' },
    });
    expect(await screen.findByRole('heading', { name: 'Project page' })).toBeInTheDocument();
  });

  it('refuses people who do not lead the project', () => {
    const client = createMockClientWithMutations((request) =>
      request.operationName === 'Project' ? { data: projectData() } : undefined,
    );
    render(
      <TestProviders client={client} initialEntries={[`/projects/${PROJECT_ID}/edit`]}>
        <Routes>
          <Route path="/projects/:id/edit" element={<EditProjectPage />} />
        </Routes>
      </TestProviders>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only the project’s owner and co-leads can change it.',
    );
  });
});
