import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  TestProviders,
  createMockClientWithMutations,
  formatDate,
  formatDateTime,
  type MockResolver,
  type MockResult,
} from '@ensemble/web/ui';
import type { MyProjectsResult } from '@ensemble/web/projects/data-access';
import MyProjectsPage from '../my-projects-page';
import { PROJECT_ID, ROLE_OPEN, application, card, errorWithCode, person } from './fixtures';

/** A report's application to a role that asks for their manager's consent (me). */
const consentRequest = application({
  id: 'e0000000-0000-4000-8000-000000000009',
  applicant: person(4),
  consentStatus: 'PENDING',
  consentDueAt: '2026-01-09T12:00:00Z',
  message: 'I would like to grow into data work.',
});

const mine: MyProjectsResult = {
  myProjects: { owned: [card(1)], leading: [], member: [card(2)] },
  myApplications: [
    application({
      id: 'app-pending',
      applicant: person(9),
      consentStatus: 'PENDING',
      consentDueAt: '2026-01-09T12:00:00Z',
    }),
    application({
      id: 'app-declined',
      applicant: person(9),
      status: 'DECLINED',
      createdAt: '2025-12-02T09:00:00Z',
      decidedAt: '2025-12-05T09:00:00Z',
      declineReason: 'We need more SQL.',
      projectId: 'other',
      roleId: 'role-x',
      role: { id: 'role-x', title: 'Reviewer', seatsLeft: 0 },
      project: { id: 'other', title: 'QA guild' },
    }),
  ],
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

function renderPage(
  mutate: MockResolver,
  inbox = [application()],
  /** null: the consent requests stay loading. */
  consent: MockResult | null = { data: { myConsentRequests: [consentRequest] } },
) {
  const client = createMockClientWithMutations((request) => {
    if (request.operationName === 'MyProjects') return { data: mine };
    if (request.operationName === 'ApplicationsInbox') return { data: { applicationsInbox: inbox } };
    if (request.operationName === 'MyConsentRequests') return consent ?? undefined;
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
    expect(
      within(waitlists).getByText(`a seat is held for you until ${formatDate('2026-01-09T10:00:00Z')}`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    await user.click(within(waitlists).getByRole('button', { name: 'Take the seat in QA guild' }));
    expect(client.mutations[2]).toMatchObject({
      operationName: 'AcceptWaitlistOffer',
      variables: { roleId: 'role-w' },
    });
  });

  describe('consent requests', () => {
    const consentRegion = () => screen.getByRole('region', { name: 'Consent requests' });

    it('lists my reports’ applications waiting for my consent: who, to what, until when', () => {
      renderPage(() => ({ data: {} }));
      const region = consentRegion();
      const list = within(region).getByRole('list', { name: 'Applications waiting for your consent' });
      expect(within(list).getAllByRole('listitem')).toHaveLength(1);
      expect(within(list).getByRole('link', { name: 'Person 4' })).toHaveAttribute(
        'href',
        `/people/${person(4).id}`,
      );
      expect(within(list).getByText('Analyst')).toBeInTheDocument();
      expect(within(list).getByRole('link', { name: 'Data platform' })).toHaveAttribute(
        'href',
        `/projects/${PROJECT_ID}`,
      );
      expect(within(list).getByText('I would like to grow into data work.')).toBeInTheDocument();
      expect(
        within(list).getByText(
          `Answer by ${formatDateTime('2026-01-09T12:00:00Z')}: after that, no answer counts as consent.`,
        ),
      ).toBeInTheDocument();
    });

    it('consents with decideManagerConsent, which refreshes the project lists', async () => {
      const user = userEvent.setup();
      const client = renderPage(() => ({
        data: {
          decideManagerConsent: { id: consentRequest.id, status: 'PENDING', consentStatus: 'APPROVED' },
        },
      }));
      await user.click(
        within(consentRegion()).getByRole('button', { name: 'Consent to Person 4’s application' }),
      );
      expect(client.mutations).toHaveLength(1);
      expect(client.mutations[0]).toMatchObject({
        operationName: 'DecideManagerConsent',
        variables: { applicationId: consentRequest.id, approve: true },
      });
      // The consent list (and the leads' inboxes) refetch when a ProjectApplication changes.
      expect(client.mutations[0]?.context['additionalTypenames']).toContain('ProjectApplication');
    });

    it('refuses only after a confirmation, and says why a refusal failed', async () => {
      const user = userEvent.setup();
      let answer: ReturnType<MockResolver> = { error: errorWithCode('CONSENT_NOT_PENDING') };
      const client = renderPage(() => answer);
      await user.click(
        within(consentRegion()).getByRole('button', { name: 'Refuse Person 4’s application' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Refuse Person 4’s application?' });
      expect(within(dialog).getByText(/is then declined/)).toBeInTheDocument();
      expect(client.mutations).toHaveLength(0);
      await user.click(within(dialog).getByRole('button', { name: 'Refuse' }));
      expect(client.mutations[0]).toMatchObject({
        operationName: 'DecideManagerConsent',
        variables: { applicationId: consentRequest.id, approve: false },
      });
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'This application no longer waits for your consent',
      );
      answer = {
        data: {
          decideManagerConsent: { id: consentRequest.id, status: 'DECLINED', consentStatus: 'REFUSED' },
        },
      };
      await user.click(within(dialog).getByRole('button', { name: 'Refuse' }));
      expect(client.mutations).toHaveLength(2);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('cancels a refusal without sending anything', async () => {
      const user = userEvent.setup();
      const client = renderPage(() => ({ data: {} }));
      await user.click(
        within(consentRegion()).getByRole('button', { name: 'Refuse Person 4’s application' }),
      );
      await user.click(
        within(screen.getByRole('dialog', { name: 'Refuse Person 4’s application?' })).getByRole('button', {
          name: 'Cancel',
        }),
      );
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(client.mutations).toHaveLength(0);
    });

    it('shows why a consent failed next to the request', async () => {
      const user = userEvent.setup();
      renderPage(() => ({ error: errorWithCode('NOT_APPLICANTS_MANAGER') }));
      await user.click(
        within(consentRegion()).getByRole('button', { name: 'Consent to Person 4’s application' }),
      );
      expect(within(consentRegion()).getByRole('alert')).toHaveTextContent(
        'Only the applicant’s manager can give or refuse consent.',
      );
    });

    it('says when nothing waits for my consent', () => {
      renderPage(() => ({ data: {} }), [], { data: { myConsentRequests: [] } });
      expect(
        within(consentRegion()).getByText('No application from your reports is waiting for your consent.'),
      ).toBeInTheDocument();
      expect(within(consentRegion()).queryByRole('button')).not.toBeInTheDocument();
    });

    it('shows that the consent requests are loading', () => {
      renderPage(() => ({ data: {} }), [], null);
      expect(within(consentRegion()).getByRole('status')).toHaveTextContent('Loading consent requests…');
    });

    it('explains a failed load and offers to try again', async () => {
      const user = userEvent.setup();
      const client = renderPage(() => ({ data: {} }), [], { error: errorWithCode('INTERNAL_SERVER_ERROR') });
      const alert = within(consentRegion()).getByRole('alert');
      expect(alert).toHaveTextContent('Consent requests could not be loaded');
      const before = client.requests.filter(
        (request) => request.operationName === 'MyConsentRequests',
      ).length;
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(
        client.requests.filter((request) => request.operationName === 'MyConsentRequests').length,
      ).toBeGreaterThan(before);
    });
  });

  describe('my applications', () => {
    it('shows where each application stands, with the reason of a decline', () => {
      renderPage(() => ({ data: {} }));
      const region = screen.getByRole('region', { name: 'My applications' });
      const [pending, declined] = within(region).getAllByRole('listitem');
      expect(within(pending as HTMLElement).getByText('Waiting for a decision')).toBeInTheDocument();
      expect(
        within(pending as HTMLElement).getByText(
          `Waiting for the manager’s consent (at the latest until ${formatDateTime('2026-01-09T12:00:00Z')})`,
          { exact: false },
        ),
      ).toBeInTheDocument();
      expect(within(declined as HTMLElement).getByText('Declined')).toBeInTheDocument();
      expect(within(declined as HTMLElement).getByText('Reason: We need more SQL.')).toBeInTheDocument();
      expect(within(declined as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    });

    it('withdraws a pending application', async () => {
      const user = userEvent.setup();
      const client = renderPage(() => ({
        data: { withdrawApplication: { id: 'app-pending', status: 'WITHDRAWN' } },
      }));
      await user.click(screen.getByRole('button', { name: 'Withdraw your application to Data platform' }));
      expect(client.mutations[0]).toMatchObject({
        operationName: 'WithdrawApplication',
        variables: { id: 'app-pending' },
      });
    });
  });
});
