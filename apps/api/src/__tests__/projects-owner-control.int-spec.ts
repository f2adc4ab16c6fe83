// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
// Issue 15: a marketplace of projects people can still join, past-end projects handed back to their
// leads, distinct and current recommendations, removing members, and the must-have rule for joining.
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import { projectSteps, projectsFixture, roleInput, type ProjectsFixture } from './projects-test-helpers';

const JOIN = `mutation($r: ID!) { joinRole(roleId: $r) { id roleId personId } }`;
const APPLY = `mutation($r: ID!) { applyToRole(roleId: $r) { id status } }`;
const WAIT = `mutation($r: ID!) { joinWaitlist(roleId: $r) { id status position } }`;
const LEAVE = `mutation($p: ID!) { leaveProject(projectId: $p) }`;
const REMOVE = `mutation($p: ID!, $x: ID!, $why: String!) { removeProjectMember(projectId: $p, personId: $x, reason: $why) }`;
const LIST = `query($f: ProjectsFilterInput) { projects(filter: $f, first: 100) { totalCount edges { node { title status pastEnd } } } }`;
const RECOMMENDED = `{ recommendedRoles(first: 20) { projectTitle roleTitle roleId } }`;
const WHY = 'The project needs a different focus now.';

describe('projects: what people can still join, and what owners control', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  const steps = projectSteps(() => f);
  let owner: string;
  let colead: string;
  let people: string[];
  let python: string;
  let kotlin: string;

  const titles = async (as: string, filter?: Record<string, unknown>) =>
    (await f.gql(as, LIST, { f: filter })).body.data.projects.edges.map(
      (e: { node: { title: string } }) => e.node.title,
    );
  const endedYesterday = (projectId: string) =>
    f.sql(`UPDATE project SET starts_on = current_date - 60, ends_on = current_date - 1 WHERE id = $1`, [
      projectId,
    ]);
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
    f.sql(
      `SELECT message, link FROM notification WHERE person_id = $1 AND kind = $2 ORDER BY created_at, id`,
      [personId, kind],
    );
  const audits = (projectId: string) =>
    f.sql(
      `SELECT actor_id, target_type, data FROM audit_event WHERE action = 'project.member_removed' AND target_id = $1 ORDER BY id`,
      [projectId],
    );

  beforeAll(async () => {
    // Races run against one listening server with one transaction attempt: a retry cannot hide a bad lock order.
    test = await createTestApp({
      imports: DOMAIN_MODULES,
      env: { DATABASE_POOL_SIZE: '20', DATABASE_TRANSACTION_ATTEMPTS: '1' },
    });
    await test.app.listen(0, '127.0.0.1');
    const { port } = test.app.getHttpServer().address() as AddressInfo;
    f = projectsFixture(test, `http://127.0.0.1:${port}`);
    owner = await f.person('Olive');
    colead = await f.person('Cole');
    people = [];
    for (let i = 0; i < 24; i++) people.push(await f.person(`Person${i}`));
    python = await f.skill('Python');
    kotlin = await f.skill('Kotlin');
  });
  afterAll(() => test.close());

  it('lists the projects people can still join by default, and the ended ones or all on request', async () => {
    const viewer = people[0];
    const joinable = await steps.create(owner, { title: 'Market: open garden', roles: [roleInput()] });
    const full = await steps.create(owner, {
      title: 'Market: full but queuing',
      roles: [roleInput({ seats: 1 })],
    });
    await steps.join(people[1], full.roles[0].id);
    const pastEnd = await steps.create(owner, { title: 'Market: past its end', roles: [roleInput()] });
    await steps.ok(steps.status(owner, pastEnd.id, 'FORMING'));
    await endedYesterday(pastEnd.id);
    const completed = await steps.create(owner, { title: 'Market: completed', roles: [roleInput()] });
    await steps.complete(owner, completed.id);
    const cancelled = await steps.create(owner, { title: 'Market: cancelled', roles: [roleInput()] });
    await steps.ok(steps.status(owner, cancelled.id, 'CANCELLED'));
    const market = (list: string[]) => list.filter((title) => title.startsWith('Market:')).sort();

    expect(market(await titles(viewer))).toEqual(['Market: full but queuing', 'Market: open garden']);
    expect(market(await titles(viewer, { view: 'JOINABLE' }))).toEqual([
      'Market: full but queuing',
      'Market: open garden',
    ]);
    expect(market(await titles(viewer, { view: 'ENDED' }))).toEqual([
      'Market: cancelled',
      'Market: completed',
      'Market: past its end',
    ]);
    expect(market(await titles(viewer, { view: 'ALL' }))).toHaveLength(5);
    // Asking for statuses means those statuses, whatever the dates (as before).
    expect(market(await titles(viewer, { statuses: ['FORMING'] }))).toEqual(['Market: past its end']);
    expect(market(await titles(viewer, { statuses: ['FORMING'], view: 'JOINABLE' }))).toEqual([]);

    const { body } = await f.gql(viewer, LIST, { f: { view: 'ALL' } });
    const flags = Object.fromEntries(
      body.data.projects.edges.map((e: { node: { title: string; pastEnd: boolean } }) => [
        e.node.title,
        e.node.pastEnd,
      ]),
    );
    expect(flags).toMatchObject({
      'Market: open garden': false,
      'Market: past its end': true,
      // Closed projects are settled: nothing to ask their leads.
      'Market: completed': false,
      'Market: cancelled': false,
    });
    expect(joinable.id).toBeTruthy();
    expect(f.code((await f.gql(viewer, LIST, { f: { view: 'SOMETIMES' } })).body)).toBe('BAD_USER_INPUT');
  });

  it('asks the leads of a past-end project to complete or extend it, and steers nobody else to it', async () => {
    const viewer = people[2];
    await f.holds(viewer, python, 4);
    const project = await steps.create(owner, {
      title: 'Overdue migration',
      roles: [roleInput({ title: 'Pythonista', skills: [{ skillId: python, minLevel: 2 }] })],
    });
    await steps.addLead(owner, project.id, colead);
    await steps.ok(steps.status(owner, project.id, 'FORMING'));
    await steps.ok(steps.status(owner, project.id, 'ACTIVE'));
    const recommended = async () =>
      (await f.gql(viewer, RECOMMENDED)).body.data.recommendedRoles.map(
        (r: { projectTitle: string }) => r.projectTitle,
      );
    expect(await recommended()).toContain('Overdue migration');

    await endedYesterday(project.id);
    expect(await recommended()).not.toContain('Overdue migration');
    const mine = async (as: string) =>
      (await f.gql(as, `{ myProjects { owned { title pastEnd } leading { title pastEnd } } }`)).body.data
        .myProjects;
    expect((await mine(owner)).owned).toContainEqual({ title: 'Overdue migration', pastEnd: true });
    expect((await mine(colead)).leading).toContainEqual({ title: 'Overdue migration', pastEnd: true });

    // Extending the end date puts it back in front of people.
    const extend = await f.gql(
      colead,
      `mutation($p: ID!, $i: UpdateProjectInput!) { updateProject(projectId: $p, input: $i) { pastEnd endsOn } }`,
      { p: project.id, i: { endsOn: '2099-12-31' } },
    );
    expect(extend.body.data.updateProject).toEqual({ pastEnd: false, endsOn: '2099-12-31' });
    expect(await recommended()).toContain('Overdue migration');

    // Or it is marked completed, which is settled.
    await endedYesterday(project.id);
    const done = await steps.status(owner, project.id, 'COMPLETED');
    expect((await done).body.errors).toBeUndefined();
    expect(
      (await f.gql(owner, `query($id: ID!) { project(id: $id) { status pastEnd } }`, { id: project.id })).body
        .data.project,
    ).toEqual({
      status: 'COMPLETED',
      pastEnd: false,
    });
  });

  it('recommends each role once, and only roles the person can still take', async () => {
    const me = people[3];
    await f.holds(me, kotlin, 3);
    const two = await steps.create(owner, {
      title: 'Kotlin twins',
      roles: [
        roleInput({ title: 'Android engineer', skills: [{ skillId: kotlin, minLevel: 2 }] }),
        roleInput({ title: 'Android engineer', skills: [{ skillId: kotlin, minLevel: 4 }] }),
      ],
    });
    const applied = await steps.create(owner, {
      title: 'Kotlin applied',
      roles: [
        roleInput({
          title: 'Reviewer',
          joinPolicy: 'APPLICATION',
          skills: [{ skillId: kotlin, minLevel: 1 }],
        }),
      ],
    });
    const queued = await steps.create(owner, {
      title: 'Kotlin queue',
      roles: [roleInput({ title: 'Tester', seats: 1, skills: [{ skillId: kotlin, minLevel: 1 }] })],
    });
    const joined = await steps.create(owner, {
      title: 'Kotlin joined',
      roles: [roleInput({ title: 'Dev', skills: [{ skillId: kotlin, minLevel: 1 }] })],
    });
    const cancelled = await steps.create(owner, {
      title: 'Kotlin cancelled',
      roles: [roleInput({ skills: [{ skillId: kotlin, minLevel: 1 }] })],
    });
    const mine = await steps.create(me, {
      title: 'Kotlin of my own',
      roles: [roleInput({ skills: [{ skillId: kotlin, minLevel: 1 }] })],
    });
    const coled = await steps.create(owner, {
      title: 'Kotlin co-led',
      roles: [roleInput({ skills: [{ skillId: kotlin, minLevel: 1 }] })],
    });
    await steps.addLead(owner, coled.id, me);

    const before = (await f.gql(me, RECOMMENDED)).body.data.recommendedRoles as Array<{
      projectTitle: string;
      roleTitle: string;
      roleId: string;
    }>;
    const kotlinTitles = (list: typeof before) =>
      list
        .map((r) => r.projectTitle)
        .filter((t) => t.startsWith('Kotlin'))
        .sort();
    expect(kotlinTitles(before)).toEqual([
      'Kotlin applied',
      'Kotlin cancelled',
      'Kotlin joined',
      'Kotlin queue',
      'Kotlin twins',
    ]);
    // The twin role I meet (level 2) is the one shown.
    expect(before.filter((r) => r.projectTitle === 'Kotlin twins')).toEqual([
      { projectTitle: 'Kotlin twins', roleTitle: 'Android engineer', roleId: two.roles[0].id },
    ]);

    await steps.ok(f.gql(me, APPLY, { r: applied.roles[0].id }));
    await steps.join(people[4], queued.roles[0].id);
    await steps.ok(f.gql(me, WAIT, { r: queued.roles[0].id }));
    await steps.join(me, joined.roles[0].id);
    await steps.ok(steps.status(owner, cancelled.id, 'CANCELLED'));
    const after = (await f.gql(me, RECOMMENDED)).body.data.recommendedRoles as typeof before;
    expect(kotlinTitles(after)).toEqual(['Kotlin twins']);
    expect(new Set(after.map((r) => r.roleId)).size).toBe(after.length);
    expect(mine.id && coled.id).toBeTruthy();
  });

  it('keeps the owner and co-leads off their own roles, in the API as in the page', async () => {
    const project = await steps.create(owner, {
      title: 'Own roles',
      roles: [
        roleInput({ title: 'Open', seats: 1 }),
        roleInput({ title: 'By application', joinPolicy: 'APPLICATION' }),
      ],
    });
    await steps.addLead(owner, project.id, colead);
    for (const lead of [owner, colead]) {
      expect(f.code((await f.gql(lead, JOIN, { r: project.roles[0].id })).body)).toBe('OWN_PROJECT');
      expect(f.code((await f.gql(lead, APPLY, { r: project.roles[1].id })).body)).toBe('OWN_PROJECT');
    }
    await steps.join(people[5], project.roles[0].id);
    expect(f.code((await f.gql(owner, WAIT, { r: project.roles[0].id })).body)).toBe('OWN_PROJECT');
    expect(await f.sql(`SELECT person_id FROM project_member WHERE project_id = $1`, [project.id])).toEqual([
      { person_id: people[5] },
    ]);
    expect(await f.sql(`SELECT 1 FROM project_application WHERE project_id = $1`, [project.id])).toEqual([]);
    expect(await f.sql(`SELECT 1 FROM project_waitlist WHERE project_id = $1`, [project.id])).toEqual([]);
  });

  it('refuses joining at once without the must-have skills when the role asks for them, and offers to apply instead', async () => {
    const [lacking, holder, low] = people.slice(6, 9);
    await f.holds(holder, python, 3);
    await f.holds(low, python, 1);
    const strict = await steps.create(owner, {
      title: 'Strict door',
      roles: [
        roleInput({
          title: 'Data engineer',
          joinRequiresSkills: true,
          skills: [
            { skillId: python, minLevel: 2 },
            { skillId: kotlin, minLevel: 2, mustHave: false },
          ],
        }),
      ],
    });
    expect(strict.roles[0]).toMatchObject({ joinRequiresSkills: true });
    const roleId = strict.roles[0].id;
    const missing = async (as: string) =>
      (
        await f.gql(as, `query($id: ID!) { project(id: $id) { roles { viewerMissingSkills } } }`, {
          id: strict.id,
        })
      ).body.data.project.roles[0].viewerMissingSkills;
    expect(await missing(lacking)).toEqual(['Python']);
    expect(await missing(low)).toEqual(['Python']);
    expect(await missing(holder)).toEqual([]);

    for (const person of [lacking, low]) {
      const refused = await f.gql(person, JOIN, { r: roleId });
      expect(f.code(refused.body)).toBe('MUST_HAVE_SKILLS_MISSING');
      expect(refused.body.errors[0].extensions.details.missing).toEqual(['Python']);
      expect(refused.body.errors[0].message).toMatch(/apply instead/);
    }
    expect(await seats(roleId)).toEqual({ taken: 0, members: 0 });
    // Applying is the way in for them; for someone who meets the skills the role stays open.
    expect((await f.gql(lacking, APPLY, { r: roleId })).body.data.applyToRole).toMatchObject({
      status: 'PENDING',
    });
    expect(f.code((await f.gql(holder, APPLY, { r: roleId })).body)).toBe('ROLE_IS_OPEN');
    expect(f.code((await f.gql(holder, JOIN, { r: roleId })).body)).toBe('OK');

    // Without the rule (the default), joining works and the page can warn with viewerMissingSkills.
    const lenient = await steps.create(owner, {
      title: 'Open door',
      roles: [roleInput({ title: 'Data engineer', skills: [{ skillId: python, minLevel: 2 }] })],
    });
    expect(lenient.roles[0]).toMatchObject({ joinRequiresSkills: false });
    expect(f.code((await f.gql(lacking, JOIN, { r: lenient.roles[0].id })).body)).toBe('OK');
    expect(f.code((await f.gql(low, APPLY, { r: lenient.roles[0].id })).body)).toBe('ROLE_IS_OPEN');

    // The owner can turn the rule on later.
    const changed = await f.gql(
      owner,
      `mutation($r: ID!) { updateProjectRole(roleId: $r, input: { joinRequiresSkills: true }) { joinRequiresSkills } }`,
      {
        r: lenient.roles[0].id,
      },
    );
    expect(changed.body.data.updateProjectRole).toEqual({ joinRequiresSkills: true });
  });

  it('lets the owner and co-leads remove a member with a reason: told, audited, the seat offered to the waitlist', async () => {
    const [member, other, waiting, outsider] = people.slice(10, 14);
    const project = await steps.create(owner, {
      title: 'Tight team',
      roles: [roleInput({ title: 'Builder', seats: 2 })],
    });
    await steps.addLead(owner, project.id, colead);
    const roleId = project.roles[0].id;
    await steps.join(member, roleId);
    await steps.join(other, roleId);
    await steps.ok(f.gql(waiting, WAIT, { r: roleId }));

    // Only leads: a member or a stranger is refused, and nothing changes.
    expect(f.code((await f.gql(other, REMOVE, { p: project.id, x: member, why: WHY })).body)).toBe(
      'NOT_PROJECT_LEAD',
    );
    expect(f.code((await f.gql(outsider, REMOVE, { p: project.id, x: member, why: WHY })).body)).toBe(
      'NOT_PROJECT_LEAD',
    );
    // A reason is required, and a real one.
    for (const why of ['', '   ', 'meh']) {
      const refused = await f.gql(owner, REMOVE, { p: project.id, x: member, why });
      expect(f.code(refused.body)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors[0].extensions.details.fields).toEqual([
        { field: 'reason', problems: ['must be at least 10 characters'] },
      ]);
    }
    expect(
      f.code((await f.gql(owner, REMOVE, { p: project.id, x: member, why: 'x'.repeat(1001) })).body),
    ).toBe('BAD_USER_INPUT');
    expect(f.code((await f.gql(owner, REMOVE, { p: project.id, x: owner, why: WHY })).body)).toBe(
      'CANNOT_REMOVE_SELF',
    );
    expect(await seats(roleId)).toEqual({ taken: 2, members: 2 });
    expect(await audits(project.id)).toEqual([]);

    const removed = await f.gql(colead, REMOVE, { p: project.id, x: member, why: `  ${WHY}  ` });
    expect(removed.body.data.removeProjectMember).toBe(true);
    expect(
      await f.sql(
        `SELECT left_at IS NOT NULL AS gone FROM project_member WHERE project_id = $1 AND person_id = $2`,
        [project.id, member],
      ),
    ).toEqual([{ gone: true }]);
    expect(await notifications(member, 'project.member_removed')).toEqual([
      {
        message: `Cole Tester removed you from “Tight team” (Builder): ${WHY}`,
        link: `/projects/${project.id}`,
      },
    ]);
    expect(await audits(project.id)).toEqual([
      { actor_id: colead, target_type: 'project', data: { personId: member, roleId, reason: WHY } },
    ]);
    // The seat is held for the first person waiting, as when a member leaves.
    expect(await seats(roleId)).toEqual({ taken: 2, members: 1 });
    expect(await notifications(waiting, 'project.seat_offered')).toHaveLength(1);
    expect(
      (
        await f.gql(waiting, `mutation($r: ID!) { acceptWaitlistOffer(roleId: $r) { personId } }`, {
          r: roleId,
        })
      ).body.data,
    ).toEqual({
      acceptWaitlistOffer: { personId: waiting },
    });
    // Removing again finds nobody to remove; the team page no longer lists them.
    expect(f.code((await f.gql(owner, REMOVE, { p: project.id, x: member, why: WHY })).body)).toBe(
      'NOT_MEMBER',
    );
    const team = await f.gql(owner, `query($id: ID!) { project(id: $id) { members { personId } } }`, {
      id: project.id,
    });
    expect(team.body.data.project.members.map((m: { personId: string }) => m.personId).sort()).toEqual(
      [other, waiting].sort(),
    );
    expect(await audits(project.id)).toHaveLength(1);
  });

  it('removes a member once when two leads remove them at once, or while they leave, five rounds each', async () => {
    const figures: string[] = [];
    for (let round = 1; round <= 5; round++) {
      for (const race of ['two removals', 'removal and leave'] as const) {
        const [member, waiting] =
          race === 'two removals' ? [people[14], people[15]] : [people[16], people[17]];
        const project = await steps.create(owner, {
          title: `Race ${race} ${round}`,
          roles: [roleInput({ title: 'Seat', seats: 1 })],
        });
        await steps.addLead(owner, project.id, colead);
        const roleId = project.roles[0].id;
        await steps.join(member, roleId);
        await steps.ok(f.gql(waiting, WAIT, { r: roleId }));
        const results = await Promise.all([
          f.gql(owner, REMOVE, { p: project.id, x: member, why: WHY }),
          race === 'two removals'
            ? f.gql(colead, REMOVE, { p: project.id, x: member, why: WHY })
            : f.gql(member, LEAVE, { p: project.id }),
        ]);
        const codes = results.map((result) => f.code(result.body));
        expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
        expect(codes.filter((code) => code !== 'OK')).toEqual(['NOT_MEMBER']);
        // One seat freed, held once for the person waiting: nothing counted twice.
        expect(await seats(roleId)).toEqual({ taken: 1, members: 0 });
        expect(await f.sql(`SELECT status FROM project_waitlist WHERE role_id = $1`, [roleId])).toEqual([
          { status: 'offered' },
        ]);
        const removedByLead = codes[0] === 'OK';
        expect(await audits(project.id)).toHaveLength(removedByLead || race === 'two removals' ? 1 : 0);
        figures.push(`round ${round}, ${race}: ${codes.join(' + ')}`);
      }
    }
    console.log(`removing a member while racing:\n  ${figures.join('\n  ')}`);
  });
});
