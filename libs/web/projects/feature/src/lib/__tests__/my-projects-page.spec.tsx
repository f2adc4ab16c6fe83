import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders, createMockClientWithMutations, type MockResolver } from '@ensemble/web/ui';
import type { MyProjectsResult } from '@ensemble/web/projects/data-access';
import MyProjectsPage from '../my-projects-page';
import { PROJECT_ID, ROLE_OPEN, application, card, errorWithCode, person } from './fixtures';

const mine: MyProjectsResult = {
  myProjects: { owned: [card(1)], leading: [], member: [card(2)], applied: [] },
  myInvitations: [
    {
      id: 'inv1',
      status: 'PENDING',
      message: 'You would be great.',
      createdAt: '2026-01-03T10:00:00Z',
      projectId: PROJECT_ID,
      invitedBy: { id: person(0).id, displayName: 'Person 0' },
      role: { id: ROLE_OPEN, title: 'Pipeline engineer', seatsLeft: 1 },
      project: { id: PROJECT_ID, title: 'Data platform' },
    },
  ],
  myWaitlist: [
    {
      id: 'w1',
      status: 'OFFERED',
      position: null,
      offerExpiresAt: '2026-01-09T10:00:00Z',
      projectId: 'other',
      roleId: 'role-w',
      role: { id: 'role-w', title: 'Tester' },
      project: { id: 'other', title: 'QA guild' },
    },
  ],
};

function renderPage(mutate: MockResolver, inbox = [application()]) {
  const client = createMockClientWithMutations((request) => {
    if (request.operationName === 'MyProjects') return { data: mine };
    if (request.operationName === 'ApplicationsInbox') return { data: { applicationsInbox: inbox } };
    return undefined;
  }, mutate);
  render(
    <TestProviders client={client} initialEntries={['/projects/mine']}>
      <MyProjectsPage />
    </TestProviders>,
  );
  return client;
}

describe('MyProjectsPage', () => {
  it('lists my projects by how I am involved', () => {
    renderPage(() => ({ data: {} }));
    expect(
      within(screen.getByRole('region', { name: 'Projects I own' })).getByRole('link', { name: 'Project 1' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Projects I am a member of' })).getByRole('link', {
        name: 'Project 2',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Projects I co-lead' })).getByText('You co-lead no project.'),
    ).toBeInTheDocument();
  });

  it('accepts and declines applications in the inbox', async () => {
    const user = userEvent.setup();
    const client = renderPage(() => ({
      data: { decideApplication: { id: application().id, status: 'ACCEPTED', declineReason: null } },
    }));
    const inbox = screen.getByRole('region', { name: 'Applications to decide' });
    expect(within(inbox).getByRole('link', { name: 'Data platform' })).toBeInTheDocument();
    await user.click(within(inbox).getByRole('button', { name: 'Accept Person 1' }));
    expect(client.mutations[0]).toMatchObject({
      operationName: 'DecideApplication',
      variables: { id: application().id, accept: true },
    });
    await user.click(within(inbox).getByRole('button', { name: 'Decline Person 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Decline Person 1’s application' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'The role is taken.');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(client.mutations[1]).toMatchObject({
      operationName: 'DecideApplication',
      variables: { id: application().id, accept: false, reason: 'The role is taken.' },
    });
  });

  it('shows why a decision failed', async () => {
    const user = userEvent.setup();
    renderPage(() => ({ error: errorWithCode('CONSENT_PENDING') }));
    await user.click(screen.getByRole('button', { name: 'Accept Person 1' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The applicant’s manager has not answered yet');
  });

  it('answers invitations and takes a seat offered from the waitlist', async () => {
    const user = userEvent.setup();
    const client = renderPage(() => ({ data: {} }), []);
    expect(screen.getByText('No application is waiting for a decision.')).toBeInTheDocument();
    const invitations = screen.getByRole('region', { name: 'Invitations' });
    expect(within(invitations).getByText('You would be great.')).toBeInTheDocument();
    await user.click(
      within(invitations).getByRole('button', { name: 'Accept the invitation to Data platform' }),
    );
    expect(client.mutations[0]).toMatchObject({
      operationName: 'RespondToInvitation',
      variables: { id: 'inv1', accept: true },
    });
    await user.click(
      within(invitations).getByRole('button', { name: 'Decline the invitation to Data platform' }),
    );
    expect(client.mutations[1]).toMatchObject({
      operationName: 'RespondToInvitation',
      variables: { id: 'inv1', accept: false },
    });

    const waitlists = screen.getByRole('region', { name: 'Waitlists' });
    expect(within(waitlists).getByText(/a seat is held for you until 9 Jan 2026/)).toBeInTheDocument();
    await user.click(within(waitlists).getByRole('button', { name: 'Take the seat in QA guild' }));
    expect(client.mutations[2]).toMatchObject({
      operationName: 'AcceptWaitlistOffer',
      variables: { roleId: 'role-w' },
    });
  });
});
