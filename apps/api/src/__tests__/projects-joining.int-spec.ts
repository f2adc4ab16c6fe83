// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
// Concurrency runs against one listening server with many requests in flight at once (Promise.all).
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { MembershipService } from '@ensemble/api/projects';
import { DOMAIN_MODULES } from '../app.module';
import { CREATE_PROJECT, projectInput, projectsFixture, roleInput, type ProjectsFixture } from './projects-test-helpers';

const JOIN = `mutation($r: ID!) { joinRole(roleId: $r) { id roleId personId } }`;
const LEAVE = `mutation($p: ID!) { leaveProject(projectId: $p) }`;

describe('projects: joining without overbooking, waitlists, invitations and manager consent', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  let owner: string;
  let crowd: string[];

  const create = async (overrides: Record<string, unknown>) => {
    const { body } = await f.gql(owner, CREATE_PROJECT, { input: projectInput(overrides) });
    expect(body.errors).toBeUndefined();
    return body.data.createProject as { id: string; roles: Array<{ id: string }> };
  };
  const seats = async (roleId: string) =>
    (
      await f.sql(
        `SELECT r.seats_taken AS taken,
                (SELECT count(*)::int FROM project_member m WHERE m.role_id = r.id AND m.left_at IS NULL) AS members
           FROM project_role r WHERE r.id = $1`,
        [roleId],
      )
    )[0] as { taken: number; members: number };
  const notifications = (personId: string, kind: string) =>
    f.sql(`SELECT message, link FROM notification WHERE person_id = $1 AND kind = $2 ORDER BY created_at, id`, [personId, kind]);

  beforeAll(async () => {
    // 64 requests in flight at once: a pool big enough that they really run side by side.
    test = await createTestApp({ imports: DOMAIN_MODULES, env: { DATABASE_POOL_SIZE: '40' } });
    await test.app.listen(0, '127.0.0.1');
    const { port } = test.app.getHttpServer().address() as AddressInfo;
    f = projectsFixture(test, `http://127.0.0.1:${port}`);
    owner = await f.person('Olive');
    crowd = [];
    for (let i = 0; i < 64; i++) crowd.push(await f.person(`Person${i}`));
  });
  afterAll(() => test.close());

  it('seats exactly 10 of 64 people joining a 10-seat role at once, five rounds in a row', async () => {
    const figures: string[] = [];
    for (let round = 1; round <= 5; round++) {
      const project = await create({ title: `Hackathon ${round}`, roles: [roleInput({ seats: 10 })] });
      const roleId = project.roles[0].id;
      const results = await Promise.all(crowd.map((person) => f.gql(person, JOIN, { r: roleId })));
      const codes = results.map((result) => f.code(result.body));
      expect(codes.filter((code) => code === 'OK')).toHaveLength(10);
      expect(codes.filter((code) => code === 'ROLE_FULL')).toHaveLength(54);
      expect(await seats(roleId)).toEqual({ taken: 10, members: 10 });
      figures.push(`round ${round}: ${codes.filter((code) => code === 'OK').length} joined, ${codes.filter((code) => code === 'ROLE_FULL').length} ROLE_FULL`);
    }
    console.log(`64 people joining a 10-seat role at once:\n  ${figures.join('\n  ')}`);
  });

  it('gives one membership to one person joining 20 times in parallel', async () => {
    const project = await create({ title: 'Repeat joiner', roles: [roleInput({ seats: 5 })] });
    const roleId = project.roles[0].id;
    const results = await Promise.all(Array.from({ length: 20 }, () => f.gql(crowd[0], JOIN, { r: roleId })));
    expect(results.map((result) => f.code(result.body))).toEqual(Array(20).fill('OK'));
    expect(new Set(results.map((result) => result.body.data.joinRole.id)).size).toBe(1);
    expect(await f.sql(`SELECT count(*)::int AS n FROM project_member WHERE project_id = $1`, [project.id])).toEqual([{ n: 1 }]);
    expect(await seats(roleId)).toEqual({ taken: 1, members: 1 });
    console.log('one person joining 20 times in parallel: 20 OK answers, 1 membership');
  });

  it('never exceeds the seats when leaves and joins race at capacity', async () => {
    const figures: string[] = [];
    for (let round = 1; round <= 3; round++) {
      const project = await create({ title: `Race ${round}`, roles: [roleInput({ seats: 5 })] });
      const roleId = project.roles[0].id;
      const members = crowd.slice(0, 5);
      for (const person of members) expect(f.code((await f.gql(person, JOIN, { r: roleId })).body)).toBe('OK');
      const joiners = crowd.slice(5, 35);
      const results = await Promise.all([
        ...members.map((person) => f.gql(person, LEAVE, { p: project.id })),
        ...joiners.map((person) => f.gql(person, JOIN, { r: roleId })),
        // Those who left come straight back, too.
        ...members.map((person) => f.gql(person, JOIN, { r: roleId })),
      ]);
      const codes = new Set(results.map((result) => f.code(result.body)));
      expect([...codes].every((code) => ['OK', 'ROLE_FULL', 'NOT_MEMBER', 'ALREADY_MEMBER'].includes(code))).toBe(true);
      const after = await seats(roleId);
      expect(after.members).toBeLessThanOrEqual(5);
      expect(after.taken).toBe(after.members);
      const [{ active }] = await f.sql(
        `SELECT count(*)::int AS active FROM (SELECT person_id FROM project_member WHERE project_id = $1 AND left_at IS NULL GROUP BY person_id HAVING count(*) > 1) twice`,
        [project.id],
      );
      expect(active).toBe(0);
      const joined = results.slice(members.length).filter((result) => f.code(result.body) === 'OK').length;
      figures.push(`round ${round}: 5 leaves racing 35 joins on a full 5-seat role → ${joined} joins accepted, ${after.members} members, seats_taken ${after.taken}`);
    }
    console.log(`leave and join racing at capacity:\n  ${figures.join('\n  ')}`);
  });

  it('offers a freed seat to the next person on the waitlist, holds it for them, and moves on when an offer expires', async () => {
    const project = await create({ title: 'Book club', roles: [roleInput({ title: 'Reader', seats: 2 })] });
    const roleId = project.roles[0].id;
    const [a, b, c, d, e] = crowd.slice(40, 45);
    await f.gql(a, JOIN, { r: roleId });
    await f.gql(b, JOIN, { r: roleId });
    const WAIT = `mutation($r: ID!) { joinWaitlist(roleId: $r) { id status position } }`;
    expect(f.code((await f.gql(c, JOIN, { r: roleId })).body)).toBe('ROLE_FULL');
    expect((await f.gql(c, WAIT, { r: roleId })).body.data.joinWaitlist).toMatchObject({ status: 'WAITING', position: 1 });
    expect((await f.gql(d, WAIT, { r: roleId })).body.data.joinWaitlist).toMatchObject({ status: 'WAITING', position: 2 });
    // Queuing again is harmless.
    expect((await f.gql(c, WAIT, { r: roleId })).body.data.joinWaitlist).toMatchObject({ position: 1 });
    expect(f.code((await f.gql(a, WAIT, { r: roleId })).body)).toBe('ALREADY_MEMBER');

    expect((await f.gql(a, LEAVE, { p: project.id })).body.data.leaveProject).toBe(true);
    // The seat is held for C: nobody else can take it.
    expect(await seats(roleId)).toEqual({ taken: 2, members: 1 });
    expect(f.code((await f.gql(e, JOIN, { r: roleId })).body)).toBe('ROLE_FULL');
    expect(await notifications(c, 'project.seat_offered')).toEqual([
      { message: 'A seat opened up in “Book club” as Reader: it is held for you for 72 hours.', link: `/projects/${project.id}` },
    ]);
    const mine = await f.gql(c, `{ myWaitlist { status offerExpiresAt role { title } project { title } } }`);
    expect(mine.body.data.myWaitlist).toEqual([
      expect.objectContaining({ status: 'OFFERED', role: { title: 'Reader' }, project: { title: 'Book club' } }),
    ]);
    expect(f.code((await f.gql(d, `mutation($r: ID!) { acceptWaitlistOffer(roleId: $r) { id } }`, { r: roleId })).body)).toBe(
      'NO_WAITLIST_OFFER',
    );
    const taken = await f.gql(c, `mutation($r: ID!) { acceptWaitlistOffer(roleId: $r) { personId roleId } }`, { r: roleId });
    expect(taken.body.data.acceptWaitlistOffer).toEqual({ personId: c, roleId });
    expect(await seats(roleId)).toEqual({ taken: 2, members: 2 });

    // B leaves: D is offered the seat but lets the offer expire; nobody else waits, so the seat frees up.
    await f.gql(b, LEAVE, { p: project.id });
    expect(await notifications(d, 'project.seat_offered')).toHaveLength(1);
    await f.sql(`UPDATE project_waitlist SET offer_expires_at = now() - interval '1 minute' WHERE person_id = $1 AND role_id = $2`, [d, roleId]);
    expect((await f.gql(d, `{ myWaitlist { status } }`)).body.data.myWaitlist).toEqual([{ status: 'EXPIRED' }]);
    expect(await test.app.get(MembershipService).checkDeadlines()).toEqual({ consentsLapsed: 0, offersExpired: 1 });
    expect(await seats(roleId)).toEqual({ taken: 1, members: 1 });
    expect(f.code((await f.gql(e, JOIN, { r: roleId })).body)).toBe('OK');
  });

  it('invites a colleague, who accepts into a seat or declines with a reason', async () => {
    const project = await create({ title: 'Design sprint', roles: [roleInput({ title: 'Facilitator', seats: 1, joinPolicy: 'APPLICATION' })] });
    const roleId = project.roles[0].id;
    const [invitee, other] = crowd.slice(50, 52);
    const INVITE = `mutation($r: ID!, $p: ID!) { inviteToRole(roleId: $r, personId: $p) { id status } }`;
    const first = await f.gql(owner, INVITE, { r: roleId, p: invitee });
    const again = await f.gql(owner, INVITE, { r: roleId, p: invitee });
    expect(again.body.data.inviteToRole.id).toBe(first.body.data.inviteToRole.id);
    expect(f.code((await f.gql(other, INVITE, { r: roleId, p: invitee })).body)).toBe('NOT_PROJECT_LEAD');
    expect(f.code((await f.gql(owner, INVITE, { r: roleId, p: owner })).body)).toBe('CANNOT_INVITE_SELF');
    const RESPOND = `mutation($id: ID!, $a: Boolean!, $r: String) { respondToInvitation(id: $id, accept: $a, reason: $r) { status declineReason } }`;
    expect(f.code((await f.gql(other, RESPOND, { id: first.body.data.inviteToRole.id, a: true })).body)).toBe('INVITATION_NOT_FOUND');
    expect((await f.gql(invitee, RESPOND, { id: first.body.data.inviteToRole.id, a: true })).body.data.respondToInvitation.status).toBe('ACCEPTED');
    expect(await seats(roleId)).toEqual({ taken: 1, members: 1 });
    expect(f.code((await f.gql(invitee, RESPOND, { id: first.body.data.inviteToRole.id, a: false })).body)).toBe('INVITATION_ALREADY_ANSWERED');
    expect(await notifications(owner, 'project.invitation_accepted')).toHaveLength(1);

    const second = await f.gql(owner, INVITE, { r: roleId, p: other });
    const declined = await f.gql(other, RESPOND, { id: second.body.data.inviteToRole.id, a: false, r: 'No time this quarter.' });
    expect(declined.body.data.respondToInvitation).toEqual({ status: 'DECLINED', declineReason: 'No time this quarter.' });
    expect((await notifications(owner, 'project.invitation_declined')).map((n) => n.message)).toEqual([
      expect.stringContaining('declined your invitation to “Design sprint” as Facilitator: No time this quarter.'),
    ]);
  });

  it('asks the applicant’s manager, who may consent or refuse; silence past the deadline counts as yes', async () => {
    const boss = await f.person('Boss');
    const [alice, bob, carol] = [await f.person('Alice', { managerId: boss }), await f.person('Bob', { managerId: boss }), await f.person('Carol', { managerId: boss })];
    const project = await create({
      title: 'Pricing study',
      roles: [roleInput({ title: 'Analyst', seats: 3, joinPolicy: 'APPLICATION', managerConsent: true, consentDays: 3 })],
    });
    const roleId = project.roles[0].id;
    const APPLY = `mutation($r: ID!) { applyToRole(roleId: $r) { id status consentStatus consentDueAt } }`;
    const DECIDE = `mutation($id: ID!) { decideApplication(id: $id, accept: true) { status consentStatus } }`;
    const CONSENT = `mutation($id: ID!, $ok: Boolean!) { decideManagerConsent(applicationId: $id, approve: $ok) { status consentStatus declineReason } }`;

    const fromAlice = (await f.gql(alice, APPLY, { r: roleId })).body.data.applyToRole;
    expect(fromAlice).toMatchObject({ status: 'PENDING', consentStatus: 'PENDING' });
    const due = new Date(fromAlice.consentDueAt).getTime();
    expect(Math.abs(due - (Date.now() + 3 * 86_400_000))).toBeLessThan(60_000);
    expect((await notifications(boss, 'project.consent_requested')).map((n) => n.message)).toEqual([
      expect.stringMatching(/^Alice Tester applied to join “Pricing study” as Analyst\. Consent or refuse by \d{4}-\d{2}-\d{2}; no answer by then counts as consent\.$/),
    ]);
    expect((await f.gql(boss, `{ myConsentRequests { id applicant { id } } }`)).body.data.myConsentRequests).toEqual([
      { id: fromAlice.id, applicant: { id: alice } },
    ]);
    expect(f.code((await f.gql(owner, DECIDE, { id: fromAlice.id })).body)).toBe('CONSENT_PENDING');
    expect(f.code((await f.gql(owner, CONSENT, { id: fromAlice.id, ok: true })).body)).toBe('NOT_APPLICANTS_MANAGER');
    expect((await f.gql(boss, CONSENT, { id: fromAlice.id, ok: true })).body.data.decideManagerConsent.consentStatus).toBe('APPROVED');
    expect((await f.gql(owner, DECIDE, { id: fromAlice.id })).body.data.decideApplication).toEqual({ status: 'ACCEPTED', consentStatus: 'APPROVED' });

    const fromBob = (await f.gql(bob, APPLY, { r: roleId })).body.data.applyToRole;
    const refused = await f.gql(boss, CONSENT, { id: fromBob.id, ok: false });
    expect(refused.body.data.decideManagerConsent).toEqual({
      status: 'DECLINED',
      consentStatus: 'REFUSED',
      declineReason: 'Your manager did not consent to this project.',
    });
    expect(await notifications(bob, 'project.application_declined')).toHaveLength(1);
    expect(f.code((await f.gql(owner, DECIDE, { id: fromBob.id })).body)).toBe('APPLICATION_ALREADY_DECIDED');

    const fromCarol = (await f.gql(carol, APPLY, { r: roleId })).body.data.applyToRole;
    await f.sql(`UPDATE project_application SET consent_due_at = now() - interval '1 hour' WHERE id = $1`, [fromCarol.id]);
    // Read before the periodic check: already lapsed.
    expect((await f.gql(carol, `{ myApplications { id consentStatus } }`)).body.data.myApplications).toContainEqual({
      id: fromCarol.id,
      consentStatus: 'LAPSED',
    });
    expect(f.code((await f.gql(boss, CONSENT, { id: fromCarol.id, ok: false })).body)).toBe('CONSENT_NOT_PENDING');
    expect(await test.app.get(MembershipService).checkDeadlines()).toEqual({ consentsLapsed: 1, offersExpired: 0 });
    expect((await notifications(owner, 'project.consent_lapsed')).map((n) => n.message)).toEqual([
      'Carol Tester’s manager did not answer in time, which counts as consent: you can now decide the application to “Pricing study” as Analyst.',
    ]);
    expect((await f.gql(owner, DECIDE, { id: fromCarol.id })).body.data.decideApplication).toEqual({ status: 'ACCEPTED', consentStatus: 'LAPSED' });
    expect(await seats(roleId)).toEqual({ taken: 2, members: 2 });
  });
});
