import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import {
  TestProviders,
  createMockClientWithMutations,
  formatDate,
  type MockResolver,
} from '@ensemble/web/ui';
import ProjectPage from '../project-page';
import { PERSON_PICKER_DEBOUNCE_MS } from '../person-picker';
import {
  PROJECT_ID,
  PYTHON,
  ROLE_APPLY,
  ROLE_OPEN,
  application,
  errorWithCode,
  fit,
  person,
  projectData,
  role,
} from './fixtures';

function renderPage(resolve: MockResolver, mutate: MockResolver = () => ({ data: {} })) {
  const client = createMockClientWithMutations(resolve, mutate);
  render(
    <TestProviders client={client} initialEntries={[`/projects/${PROJECT_ID}`]}>
      <Routes>
        <Route path="/projects/:id" element={<ProjectPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

const asMember: MockResolver = (request) =>
  request.operationName === 'Project' ? { data: projectData() } : undefined;

function roleCard(title: string) {
  return screen.getByRole('article', { name: title });
}

describe('ProjectPage', () => {
  it('shows the project, its roles with seats and skills, and the team coverage with its gaps', () => {
    renderPage(asMember);
    expect(screen.getByRole('heading', { level: 1, name: 'Data platform' })).toBeInTheDocument();
    expect(screen.getByText('Forming')).toBeInTheDocument();
    expect(screen.getByText('One place for our data.')).toBeInTheDocument();
    // Markdown rendered as elements, not as HTML.
    expect(screen.getByText('build').tagName).toBe('STRONG');
    expect(
      screen.getByText(
        `${formatDate('2026-01-05')} – ${formatDate('2026-06-30')} · 8 hours a week · Berlin or remote`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Person 0' })).toHaveAttribute('href', `/people/${person(0).id}`);
    expect(screen.getByRole('link', { name: 'Person 3' })).toBeInTheDocument();

    const open = roleCard('Pipeline engineer');
    expect(within(open).getByText('2 seats left of 3')).toBeInTheDocument();
    expect(within(open).getByText('Python: level 3+ (must-have)')).toBeInTheDocument();

    const coverage = screen.getByRole('region', { name: 'Team coverage' });
    expect(within(coverage).getByText('1 of 2 required skills covered, 1 gap.')).toBeInTheDocument();
    expect(within(coverage).getByText('Covered')).toBeInTheDocument();
    expect(within(coverage).getByText('Gap')).toBeInTheDocument();
    expect(within(coverage).getByText('Nobody on the team has it at level 2 yet.')).toBeInTheDocument();
    // No lead tools for a member of the public.
    expect(screen.queryByText('Suggested candidates')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the project' })).not.toBeInTheDocument();
  });

  it('joins an open role with joinRole', async () => {
    const user = userEvent.setup();
    const client = renderPage(asMember, () => ({
      data: { joinRole: { id: 'm9', roleId: ROLE_OPEN, projectId: PROJECT_ID } },
    }));
    await user.click(screen.getByRole('button', { name: 'Join as Pipeline engineer' }));
    expect(client.mutations).toHaveLength(1);
    expect(client.mutations[0]).toMatchObject({
      operationName: 'JoinRole',
      variables: { roleId: ROLE_OPEN },
    });
    expect(client.mutations[0]?.context['additionalTypenames']).toContain('Project');
  });

  it('explains ROLE_FULL and PROJECT_CLOSED readably', async () => {
    const user = userEvent.setup();
    let code = 'ROLE_FULL';
    renderPage(asMember, () => ({ error: errorWithCode(code, 'internal wording') }));
    await user.click(screen.getByRole('button', { name: 'Join as Pipeline engineer' }));
    expect(within(roleCard('Pipeline engineer')).getByRole('alert')).toHaveTextContent(
      'Every seat of this role is taken. Join the waitlist to be offered the next free seat.',
    );
    code = 'PROJECT_CLOSED';
    await user.click(screen.getByRole('button', { name: 'Join as Pipeline engineer' }));
    expect(within(roleCard('Pipeline engineer')).getByRole('alert')).toHaveTextContent(
      'This project is closed: nobody can join, apply or be invited any more.',
    );
  });

  it('applies with a message, and explains APPLICATION_PENDING', async () => {
    const user = userEvent.setup();
    let answer: ReturnType<MockResolver> = { error: errorWithCode('APPLICATION_PENDING') };
    const client = renderPage(asMember, () => answer);
    await user.click(screen.getByRole('button', { name: 'Apply for Analyst' }));
    const dialog = screen.getByRole('dialog', { name: 'Apply for Analyst' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Message to the project leads' }),
      'I love SQL.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send application' }));
    expect(client.mutations[0]).toMatchObject({
      operationName: 'ApplyToRole',
      variables: { roleId: ROLE_APPLY, message: 'I love SQL.' },
    });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'You have already applied to this project; a project lead will decide.',
    );
    answer = {
      data: { applyToRole: { id: 'x', status: 'PENDING', roleId: ROLE_APPLY, projectId: PROJECT_ID } },
    };
    await user.click(within(dialog).getByRole('button', { name: 'Send application' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers the waitlist for a full open role, and Leave for the role I hold', async () => {
    const user = userEvent.setup();
    const data = projectData({ viewerRoleId: ROLE_APPLY });
    const full = projectData();
    full.project.roles = full.project.roles.map((entry) =>
      entry.id === ROLE_OPEN ? { ...entry, seatsLeft: 0 } : entry,
    );
    const client = renderPage((request) =>
      request.operationName === 'Project' ? { data: full } : undefined,
    );
    await user.click(screen.getByRole('button', { name: 'Join the waitlist for Pipeline engineer' }));
    expect(client.mutations[0]).toMatchObject({
      operationName: 'JoinWaitlist',
      variables: { roleId: ROLE_OPEN },
    });

    const second = renderPage((request) => (request.operationName === 'Project' ? { data } : undefined));
    const held = screen.getAllByRole('article', { name: 'Analyst' }).at(-1) as HTMLElement;
    await user.click(within(held).getByRole('button', { name: 'Leave the project' }));
    expect(second.mutations[0]).toMatchObject({
      operationName: 'LeaveProject',
      variables: { projectId: PROJECT_ID },
    });
  });

  it('shows a pending application with Withdraw', async () => {
    const user = userEvent.setup();
    const client = renderPage((request) =>
      request.operationName === 'Project'
        ? {
            data: projectData(
              {},
              {
                myApplications: [
                  {
                    id: 'app1',
                    status: 'PENDING',
                    roleId: ROLE_APPLY,
                    projectId: PROJECT_ID,
                    declineReason: null,
                  },
                ],
              },
            ),
          }
        : undefined,
    );
    const analyst = roleCard('Analyst');
    expect(within(analyst).getByText('Your application is waiting for a decision.')).toBeInTheDocument();
    await user.click(within(analyst).getByRole('button', { name: 'Withdraw application' }));
    expect(client.mutations[0]).toMatchObject({
      operationName: 'WithdrawApplication',
      variables: { id: 'app1' },
    });
  });

  it('shows no lead tools to a member of the public', () => {
    renderPage(asMember);
    expect(screen.queryByRole('region', { name: 'Project leads' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('tells me why my last application to a role was declined', () => {
    renderPage((request) =>
      request.operationName === 'Project'
        ? {
            data: projectData(
              {},
              {
                myApplications: [
                  {
                    id: 'app2',
                    status: 'DECLINED',
                    roleId: ROLE_APPLY,
                    projectId: PROJECT_ID,
                    declineReason: 'We need more SQL.',
                  },
                ],
              },
            ),
          }
        : undefined,
    );
    const analyst = roleCard('Analyst');
    expect(
      within(analyst).getByText('Your last application was declined: We need more SQL.'),
    ).toBeInTheDocument();
    expect(within(analyst).getByRole('button', { name: 'Apply for Analyst' })).toBeInTheDocument();
  });

  it('warns before joining a role without its must-have skills, and joins once confirmed', async () => {
    const user = userEvent.setup();
    const client = renderPage(
      (request) =>
        request.operationName === 'Project'
          ? { data: projectData({ roles: [role({ viewerMissingSkills: ['Python', 'Spark'] })] }) }
          : undefined,
      () => ({ data: { joinRole: { id: 'm9', roleId: ROLE_OPEN, projectId: PROJECT_ID } } }),
    );
    await user.click(screen.getByRole('button', { name: 'Join as Pipeline engineer' }));
    expect(client.mutations).toHaveLength(0);
    const dialog = screen.getByRole('dialog', { name: 'Join as Pipeline engineer?' });
    const lacking = within(dialog).getByRole('list', { name: 'Must-have skills you lack' });
    expect(
      within(lacking)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Python', 'Spark']);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(client.mutations).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Join as Pipeline engineer' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Join as Pipeline engineer?' })).getByRole('button', {
        name: 'Join anyway',
      }),
    );
    expect(client.mutations[0]).toMatchObject({
      operationName: 'JoinRole',
      variables: { roleId: ROLE_OPEN },
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers to apply instead when the role asks for must-have skills I lack', async () => {
    const user = userEvent.setup();
    const client = renderPage(
      (request) =>
        request.operationName === 'Project'
          ? {
              data: projectData({
                roles: [role({ joinRequiresSkills: true, viewerMissingSkills: ['Python'] })],
              }),
            }
          : undefined,
      () => ({
        data: { applyToRole: { id: 'x', status: 'PENDING', roleId: ROLE_OPEN, projectId: PROJECT_ID } },
      }),
    );
    const open = roleCard('Pipeline engineer');
    expect(within(open).queryByRole('button', { name: 'Join as Pipeline engineer' })).not.toBeInTheDocument();
    expect(
      within(open).getByText(
        'Joining at once needs Python at the level asked: apply, and a lead will decide.',
      ),
    ).toBeInTheDocument();
    await user.click(within(open).getByRole('button', { name: 'Apply for Pipeline engineer' }));
    const dialog = screen.getByRole('dialog', { name: 'Apply for Pipeline engineer' });
    await user.click(within(dialog).getByRole('button', { name: 'Send application' }));
    expect(client.mutations[0]).toMatchObject({
      operationName: 'ApplyToRole',
      variables: { roleId: ROLE_OPEN },
    });
  });

  it('offers nothing to join on a project past its end date', () => {
    renderPage((request) =>
      request.operationName === 'Project' ? { data: projectData({ pastEnd: true }) } : undefined,
    );
    expect(screen.queryByRole('button', { name: 'Join as Pipeline engineer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply for Analyst' })).not.toBeInTheDocument();
    expect(
      within(roleCard('Analyst')).getByText(
        'This project is past its end date: its leads have been asked to complete it or extend it.',
      ),
    ).toBeInTheDocument();
    // The leads' prompt is theirs alone.
    expect(screen.queryByText('This project is past its end date')).not.toBeInTheDocument();
  });

  describe('for the owner', () => {
    const asOwner: MockResolver = (request) => {
      if (request.operationName === 'Project') return { data: projectData({ viewerIsLead: true }) };
      if (request.operationName === 'ApplicationsInbox')
        return { data: { applicationsInbox: [application()] } };
      if (request.operationName === 'CandidatesForRole')
        return {
          data: {
            candidatesForRole:
              request.variables['roleId'] === ROLE_OPEN
                ? [
                    {
                      score: 91,
                      coverage: 1,
                      freeHours: 10,
                      hoursNeeded: 8,
                      activeProjects: 1,
                      person: person(5),
                      skills: [fit({ skillId: PYTHON, level: 5, endorsementCount: 3, evidenceCount: 1 })],
                    },
                  ]
                : [],
          },
        };
      return undefined;
    };

    it('sees candidates with their reasons and invites one', async () => {
      const user = userEvent.setup();
      const client = renderPage(asOwner, () => ({
        data: { inviteToRole: { id: 'i1', status: 'PENDING', personId: person(5).id, roleId: ROLE_OPEN } },
      }));
      const open = roleCard('Pipeline engineer');
      const candidates = within(open).getByRole('list', { name: 'Candidates for Pipeline engineer' });
      expect(within(candidates).getByRole('link', { name: 'Person 5' })).toBeInTheDocument();
      expect(
        within(candidates).getByText(/8 h a week needed, 10 h free · 1 active project/),
      ).toBeInTheDocument();
      expect(
        within(candidates).getByText(
          'Python (must-have, level 3+): level 5: meets the minimum; 3 endorsements, 1 completed project',
        ),
      ).toBeInTheDocument();
      await user.click(
        within(candidates).getByRole('button', { name: 'Invite Person 5 to Pipeline engineer' }),
      );
      expect(client.mutations[0]).toMatchObject({
        operationName: 'InviteToRole',
        variables: { roleId: ROLE_OPEN, personId: person(5).id },
      });
      expect(within(candidates).getByText('Invited')).toBeInTheDocument();
      expect(within(roleCard('Analyst')).getByText('No candidates yet')).toBeInTheDocument();
    });

    it('accepts and declines (with a reason) a pending application of a role', async () => {
      const user = userEvent.setup();
      const client = renderPage(asOwner, () => ({
        data: { decideApplication: { id: application().id, status: 'ACCEPTED', declineReason: null } },
      }));
      const analyst = roleCard('Analyst');
      expect(within(analyst).getByText('I know Python well.')).toBeInTheDocument();
      await user.click(within(analyst).getByRole('button', { name: 'Accept Person 1' }));
      expect(client.mutations[0]).toMatchObject({
        operationName: 'DecideApplication',
        variables: { id: application().id, accept: true },
      });
      await user.click(within(analyst).getByRole('button', { name: 'Decline Person 1' }));
      const dialog = screen.getByRole('dialog', { name: 'Decline Person 1’s application' });
      await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
      expect(within(dialog).getByText('Say why, so the applicant knows.')).toBeInTheDocument();
      expect(client.mutations).toHaveLength(1);
      await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'We need more SQL.');
      await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
      expect(client.mutations[1]).toMatchObject({
        operationName: 'DecideApplication',
        variables: { id: application().id, accept: false, reason: 'We need more SQL.' },
      });
    });

    it('offers no Join, Apply or waitlist on the roles of their own project', () => {
      renderPage((request) =>
        request.operationName === 'Project'
          ? {
              data: projectData({
                viewerIsLead: true,
                roles: [
                  role({ seatsLeft: 0 }),
                  role({ id: ROLE_APPLY, title: 'Analyst', joinPolicy: 'APPLICATION', members: [] }),
                ],
              }),
            }
          : asOwner(request),
      );
      expect(screen.queryByRole('button', { name: /^Join/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Apply/ })).not.toBeInTheDocument();
      expect(screen.getAllByText('You lead this project: its roles are for others to join.')).toHaveLength(2);
    });

    it('removes a member from the team with a reason the member is told', async () => {
      const user = userEvent.setup();
      let answer: ReturnType<MockResolver> = { error: errorWithCode('NOT_MEMBER') };
      const client = renderPage(asOwner, () => answer);
      const open = roleCard('Pipeline engineer');
      await user.click(within(open).getByRole('button', { name: 'Remove Person 2 from the team' }));
      const dialog = screen.getByRole('dialog', { name: 'Remove Person 2 from the team?' });
      expect(
        within(dialog).getByText(
          'Person 2 loses the Pipeline engineer seat, which goes to the next person on the waitlist.',
        ),
      ).toBeInTheDocument();
      const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
      await user.click(within(dialog).getByRole('button', { name: 'Remove from team' }));
      expect(within(dialog).getByText('Say why, so Person 2 knows.')).toBeInTheDocument();
      await user.type(reason, 'Too busy');
      // Checked again while typing: still too short, then fine.
      expect(within(dialog).getByText('At least 10 characters.')).toBeInTheDocument();
      await user.type(reason, ' this quarter');
      expect(within(dialog).queryByText('At least 10 characters.')).not.toBeInTheDocument();
      expect(client.mutations).toHaveLength(0);
      await user.click(within(dialog).getByRole('button', { name: 'Remove from team' }));
      expect(client.mutations[0]).toMatchObject({
        operationName: 'RemoveProjectMember',
        variables: { projectId: PROJECT_ID, personId: person(2).id, reason: 'Too busy this quarter' },
      });
      expect(within(dialog).getByRole('alert')).toHaveTextContent('Person 2 is no longer on the team.');
      answer = { data: { removeProjectMember: true } };
      await user.click(within(dialog).getByRole('button', { name: 'Remove from team' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('is asked to complete or extend a project past its end date, and does either', async () => {
      const user = userEvent.setup();
      const client = renderPage(
        (request) =>
          request.operationName === 'Project'
            ? { data: projectData({ viewerIsLead: true, status: 'ACTIVE', pastEnd: true }) }
            : asOwner(request),
        (request) =>
          request.operationName === 'UpdateProject'
            ? { data: { updateProject: { id: PROJECT_ID, title: 'Data platform' } } }
            : { data: { changeProjectStatus: { id: PROJECT_ID, status: 'COMPLETED' } } },
      );
      const prompt = screen.getByRole('alert', { name: 'This project is past its end date' });
      expect(within(prompt).getByText(`It ended on ${formatDate('2026-06-30')} but is still active`, { exact: false })).toBeInTheDocument();
      // Completing is offered once, in the prompt.
      expect(screen.getAllByRole('button', { name: 'Mark as completed' })).toHaveLength(1);
      await user.click(within(prompt).getByRole('button', { name: 'Extend' }));
      expect(within(prompt).getByText('Choose the new end date.')).toBeInTheDocument();
      const date = within(prompt).getByLabelText('New end date');
      await user.type(date, '2001-01-01');
      expect(within(prompt).getByText('Choose a day from today on.')).toBeInTheDocument();
      await user.clear(date);
      await user.type(date, '2099-03-31');
      await user.click(within(prompt).getByRole('button', { name: 'Extend' }));
      expect(client.mutations[0]).toMatchObject({
        operationName: 'UpdateProject',
        variables: { projectId: PROJECT_ID, input: { endsOn: '2099-03-31' } },
      });
      await user.click(within(prompt).getByRole('button', { name: 'Mark as completed' }));
      expect(client.mutations[1]).toMatchObject({
        operationName: 'ChangeProjectStatus',
        variables: { projectId: PROJECT_ID, status: 'COMPLETED' },
      });
    });

    it('offers only the allowed lifecycle transitions', async () => {
      const user = userEvent.setup();
      const client = renderPage(asOwner, () => ({ error: errorWithCode('INVALID_STATUS_TRANSITION') }));
      expect(screen.getByRole('button', { name: 'Start the project' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Cancel the project' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Mark as completed' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Start the project' }));
      expect(client.mutations[0]).toMatchObject({
        operationName: 'ChangeProjectStatus',
        variables: { projectId: PROJECT_ID, status: 'ACTIVE' },
      });
      expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
        'The project cannot move to that status from where it is now.',
      );
    });

    describe('co-leads and invitations by name', () => {
      beforeAll(() => {
        // jsdom has no layout: Mantine's combobox scrolls the highlighted option into view.
        Element.prototype.scrollIntoView = jest.fn();
      });
      beforeEach(() => jest.useFakeTimers({ advanceTimers: true }));
      afterEach(() => jest.useRealTimers());

      /** The owner (or `viewer`) signed in; the directory finds Person 0, 3 and 7 by name. */
      function asLead(viewer = person(0), project = projectData({ viewerIsLead: true })): MockResolver {
        return (request) => {
          if (request.operationName === 'Project') return { data: project };
          if (request.operationName === 'Viewer')
            return {
              data: {
                viewer: {
                  id: viewer.id,
                  displayName: viewer.displayName,
                  givenName: viewer.givenName,
                  familyName: viewer.familyName,
                  avatarUrl: null,
                },
              },
            };
          if (request.operationName === 'PeopleDirectory')
            return {
              data: {
                people: {
                  totalCount: 3,
                  pageInfo: { hasNextPage: false, endCursor: null },
                  edges: [person(0), person(3), person(7)].map((node) => ({ cursor: node.id, node })),
                },
              },
            };
          return asOwner(request);
        };
      }

      async function typeName(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, text: string) {
        await user.type(box, text);
        await act(async () => {
          jest.advanceTimersByTime(PERSON_PICKER_DEBOUNCE_MS + 10);
        });
      }

      const leadsRegion = () => screen.getByRole('region', { name: 'Project leads' });

      it('lists the owner and the co-leads, and removes a co-lead after a confirmation', async () => {
        const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
        let answer: ReturnType<MockResolver> = { error: errorWithCode('NOT_PROJECT_LEAD') };
        const client = renderPage(asLead(), () => answer);
        const leads = within(leadsRegion()).getByRole('list', { name: 'Project leads' });
        const [owner, coLead] = within(leads).getAllByRole('listitem') as HTMLElement[];
        expect(within(owner as HTMLElement).getByRole('link', { name: 'Person 0' })).toBeInTheDocument();
        expect(within(owner as HTMLElement).getByText('Owner')).toBeInTheDocument();
        expect(within(owner as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
        expect(within(coLead as HTMLElement).getByText('Co-lead')).toBeInTheDocument();

        await user.click(within(leads).getByRole('button', { name: 'Remove Person 3 as co-lead' }));
        const dialog = screen.getByRole('dialog', { name: 'Remove Person 3 as co-lead?' });
        expect(client.mutations).toHaveLength(0);
        await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
        expect(client.mutations[0]).toMatchObject({
          operationName: 'RemoveProjectLead',
          variables: { projectId: PROJECT_ID, personId: person(3).id },
        });
        // A Boolean result names no type: the context makes the project page refetch.
        expect(client.mutations[0]?.context['additionalTypenames']).toContain('Project');
        expect(await within(dialog).findByRole('alert')).toHaveTextContent(
          'Only the project’s owner and co-leads can do this.',
        );
        answer = { data: { removeProjectLead: true } };
        await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
        expect(client.mutations).toHaveLength(2);
        await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      });

      it('says that removing a co-lead from a completed project takes back what leading it counted for', async () => {
        const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
        const completed = projectData({
          viewerIsLead: true,
          status: 'COMPLETED',
          completedAt: '2026-06-30T12:00:00Z',
        });
        renderPage(asLead(person(0), completed), () => ({ data: { removeProjectLead: true } }));
        const leads = within(leadsRegion()).getByRole('list', { name: 'Project leads' });
        expect(
          within(leadsRegion()).queryByRole('combobox', { name: /^Add a co-lead/ }),
        ).not.toBeInTheDocument();
        await user.click(within(leads).getByRole('button', { name: 'Remove Person 3 as co-lead' }));
        expect(screen.getByRole('dialog', { name: 'Remove Person 3 as co-lead?' })).toHaveTextContent(
          '“Data platform” will no longer count as evidence of Person 3’s skills, except those of a role they held in it.',
        );
      });

      it('adds a co-lead picked by name with the keyboard', async () => {
        const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
        const client = renderPage(asLead(), () => ({
          data: { addProjectLead: { id: PROJECT_ID, leads: [{ id: person(3).id }, { id: person(7).id }] } },
        }));
        const box = within(leadsRegion()).getByRole('combobox', { name: /^Add a co-lead/ });
        await typeName(user, box, 'Person');
        const options = await screen.findAllByRole('option');
        // The owner and the co-lead already lead the project: only Person 7 is offered.
        expect(options.map((option) => option.textContent)).toEqual(['Person 7 · Platform']);
        expect(client.requests.find((request) => request.operationName === 'PeopleDirectory')).toMatchObject({
          variables: { filter: { name: 'Person' } },
        });
        await user.keyboard('{Enter}');
        expect(client.mutations[0]).toMatchObject({
          operationName: 'AddProjectLead',
          variables: { projectId: PROJECT_ID, personId: person(7).id },
        });
        expect(await within(leadsRegion()).findByText('Person 7 is a co-lead now.')).toHaveAttribute(
          'role',
          'status',
        );
        expect(box).toHaveValue('');
      });

      it('says why a co-lead could not be added', async () => {
        const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
        renderPage(asLead(), () => ({ error: errorWithCode('PROJECT_CLOSED') }));
        await typeName(
          user,
          within(leadsRegion()).getByRole('combobox', { name: /^Add a co-lead/ }),
          'Person 7',
        );
        await user.click(await screen.findByRole('option', { name: /^Person 7/ }));
        expect(await within(leadsRegion()).findByRole('alert')).toHaveTextContent(
          'This project is closed: nobody can join, apply or be invited any more.',
        );
      });

      it('lets a co-lead step down, and adds nobody to a closed project', async () => {
        const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
        const client = renderPage(
          asLead(person(3), projectData({ viewerIsLead: true, status: 'COMPLETED' })),
        );
        expect(within(leadsRegion()).queryByRole('combobox')).not.toBeInTheDocument();
        await user.click(within(leadsRegion()).getByRole('button', { name: 'Step down as co-lead' }));
        const dialog = screen.getByRole('dialog', { name: 'Step down as co-lead?' });
        await user.click(within(dialog).getByRole('button', { name: 'Step down' }));
        expect(client.mutations[0]).toMatchObject({
          operationName: 'RemoveProjectLead',
          variables: { projectId: PROJECT_ID, personId: person(3).id },
        });
      });

      it('invites any colleague to a role by name', async () => {
        const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
        const client = renderPage(asLead(), () => ({
          data: { inviteToRole: { id: 'i2', status: 'PENDING', personId: person(7).id, roleId: ROLE_OPEN } },
        }));
        const open = roleCard('Pipeline engineer');
        await typeName(
          user,
          within(open).getByRole('combobox', { name: /^Invite a colleague to be Pipeline engineer/ }),
          'Person 7',
        );
        await user.click(await screen.findByRole('option', { name: /^Person 7/ }));
        expect(client.mutations[0]).toMatchObject({
          operationName: 'InviteToRole',
          variables: { roleId: ROLE_OPEN, personId: person(7).id },
        });
        expect(await within(open).findByText('Person 7 is invited.')).toBeInTheDocument();
      });
    });
  });

  it('says when the project does not exist', () => {
    renderPage(() => ({ error: errorWithCode('PROJECT_NOT_FOUND') }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This project does not exist or is not visible to you.',
    );
  });
});
