// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import {
  CREATE_PROJECT,
  projectInput,
  projectsFixture,
  roleInput,
  type ProjectsFixture,
} from './projects-test-helpers';

describe('projects: creation, permissions, visibility and lifecycle', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  let engineering: string;
  let sales: string;
  let owner: string;
  let colead: string;
  let ada: string;
  let grace: string;
  let outsider: string;
  let salesPerson: string;
  let hr: string;
  let python: string;
  let sqlSkill: string;
  let figma: string;

  const create = async (as: string, overrides: Record<string, unknown> = {}) => {
    const { body } = await f.gql(as, CREATE_PROJECT, { input: projectInput(overrides) });
    expect(body.errors).toBeUndefined();
    return body.data.createProject;
  };
  const status = (as: string, projectId: string, to: string) =>
    f.gql(
      as,
      `mutation($p: ID!, $s: ProjectStatus!) { changeProjectStatus(projectId: $p, status: $s) { id status completedAt } }`,
      {
        p: projectId,
        s: to,
      },
    );
  const join = (as: string, roleId: string) =>
    f.gql(as, `mutation($r: ID!) { joinRole(roleId: $r) { id roleId personId } }`, { r: roleId });
  const apply = (as: string, roleId: string, message?: string) =>
    f.gql(
      as,
      `mutation($r: ID!, $m: String) { applyToRole(roleId: $r, message: $m) { id status consentStatus message } }`,
      {
        r: roleId,
        m: message,
      },
    );
  const decide = (as: string, id: string, accept: boolean, reason?: string) =>
    f.gql(
      as,
      `mutation($id: ID!, $a: Boolean!, $r: String) { decideApplication(id: $id, accept: $a, reason: $r) { id status declineReason decidedAt } }`,
      {
        id,
        a: accept,
        r: reason,
      },
    );
  const notifications = (personId: string) =>
    f.sql(`SELECT kind, message, link FROM notification WHERE person_id = $1 ORDER BY created_at, id`, [
      personId,
    ]);
  const counts = async () =>
    (
      await f.sql(`SELECT (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM project_role) AS roles,
                          (SELECT count(*)::int FROM project_role_skill) AS skills, (SELECT count(*)::int FROM project_member) AS members,
                          (SELECT count(*)::int FROM project_application) AS applications, (SELECT count(*)::int FROM notification) AS notifications`)
    )[0];

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    f = projectsFixture(test);
    engineering = await f.department('Engineering');
    sales = await f.department('Sales');
    owner = await f.person('Olive', { departmentId: engineering });
    colead = await f.person('Cole', { departmentId: engineering });
    ada = await f.person('Ada', { departmentId: engineering });
    grace = await f.person('Grace', { departmentId: engineering });
    outsider = await f.person('Otto', { departmentId: engineering });
    salesPerson = await f.person('Sam', { departmentId: sales });
    hr = await f.person('Hana', { departmentId: sales, roles: ['employee', 'hr'] });
    python = await f.skill('Python');
    sqlSkill = await f.skill('SQL');
    figma = await f.skill('Figma');
  });
  afterAll(() => test.close());

  it('creates a proposed project with roles and required skills, owned by its creator, in their department', async () => {
    const project = await create(owner, {
      description: '<script>alert(1)</script> **bold**',
      roles: [
        roleInput({
          title: 'Backend engineer',
          seats: 3,
          skills: [
            { skillId: python, minLevel: 3, mustHave: true },
            { skillId: sqlSkill, minLevel: 2, mustHave: false },
          ],
        }),
        roleInput({
          title: 'Designer',
          seats: 1,
          joinPolicy: 'APPLICATION',
          managerConsent: true,
          skills: [{ skillId: figma, minLevel: 4 }],
        }),
      ],
    });
    expect(project).toMatchObject({
      title: 'Carbon dashboard',
      status: 'PROPOSED',
      visibility: 'COMPANY',
      startsOn: '2026-01-01',
      endsOn: '2099-06-30',
      viewerIsLead: true,
      departmentId: engineering,
    });
    expect(project.roles).toEqual([
      expect.objectContaining({
        title: 'Backend engineer',
        seats: 3,
        seatsTaken: 0,
        seatsLeft: 3,
        joinPolicy: 'OPEN',
        managerConsent: false,
        skills: [
          { skill: { id: python, name: 'Python' }, minLevel: 3, mustHave: true },
          { skill: { id: sqlSkill, name: 'SQL' }, minLevel: 2, mustHave: false },
        ],
      }),
      expect.objectContaining({
        title: 'Designer',
        joinPolicy: 'APPLICATION',
        managerConsent: true,
        consentDays: 5,
      }),
    ]);
    // Markdown is stored verbatim; the web app renders it sanitised.
    const [stored] = await f.sql(`SELECT description FROM project WHERE id = $1`, [project.id]);
    expect(stored.description).toBe('<script>alert(1)</script> **bold**');
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const before = await counts();
    const unknownSkill = '00000000-0000-4000-8000-000000000123';
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ roles: [roleInput({ seats: 0 })] }, 'BAD_USER_INPUT', 'seats must be at least 1'],
      [{ roles: [roleInput({ seats: 51 })] }, 'BAD_USER_INPUT', 'seats must be at most 50'],
      [
        { roles: [roleInput({ skills: [{ skillId: python, minLevel: 6 }] })] },
        'BAD_USER_INPUT',
        'minLevel must be at most 5',
      ],
      [{ roles: [roleInput({ skills: [{ skillId: python, minLevel: 0 }] })] }, 'BAD_USER_INPUT'],
      [{ roles: [roleInput({ skills: [{ skillId: unknownSkill, minLevel: 2 }] })] }, 'SKILL_NOT_FOUND'],
      [
        { startsOn: '2026-05-01', endsOn: '2026-04-30' },
        'BAD_USER_INPUT',
        'endsOn must be on or after startsOn',
      ],
      [{ startsOn: '2026-02-30' }, 'BAD_USER_INPUT', 'not a real date'],
      [{ hoursPerWeek: 41 }, 'BAD_USER_INPUT'],
      [{ hoursPerWeek: 0 }, 'BAD_USER_INPUT'],
      [{ title: '' }, 'BAD_USER_INPUT'],
      [
        { roles: [roleInput({ managerConsent: true })] },
        'BAD_USER_INPUT',
        'manager consent needs joinPolicy APPLICATION',
      ],
      [
        {
          roles: [
            roleInput({
              skills: [
                { skillId: python, minLevel: 2 },
                { skillId: python, minLevel: 3 },
              ],
            }),
          ],
        },
        'BAD_USER_INPUT',
        'more than once',
      ],
      // A valid first role does not survive a bad second one.
      [
        { roles: [roleInput(), roleInput({ skills: [{ skillId: unknownSkill, minLevel: 1 }] })] },
        'SKILL_NOT_FOUND',
      ],
    ];
    for (const [overrides, code, message] of cases) {
      const { body } = await f.gql(owner, CREATE_PROJECT, { input: projectInput(overrides) });
      expect({ overrides, code: f.code(body) }).toEqual({ overrides, code });
      if (message) expect(body.errors[0].message).toContain(message);
    }
    const project = await create(owner);
    const afterCreate = await counts();
    const roleCases: Array<[Record<string, unknown>, string]> = [
      [roleInput({ seats: 0 }), 'BAD_USER_INPUT'],
      [roleInput({ seats: 51 }), 'BAD_USER_INPUT'],
      [roleInput({ skills: [{ skillId: python, minLevel: 6 }] }), 'BAD_USER_INPUT'],
      [roleInput({ skills: [{ skillId: unknownSkill, minLevel: 3 }] }), 'SKILL_NOT_FOUND'],
    ];
    for (const [input, code] of roleCases) {
      const { body } = await f.gql(
        owner,
        `mutation($p: ID!, $i: ProjectRoleInput!) { addProjectRole(projectId: $p, input: $i) { id } }`,
        {
          p: project.id,
          i: input,
        },
      );
      expect({ input, code: f.code(body) }).toEqual({ input, code });
    }
    const update = await f.gql(
      owner,
      `mutation($p: ID!, $i: UpdateProjectInput!) { updateProject(projectId: $p, input: $i) { id } }`,
      {
        p: project.id,
        i: { endsOn: '2025-12-31' },
      },
    );
    expect(f.code(update.body)).toBe('BAD_USER_INPUT');
    expect(before.projects + 1).toBe(afterCreate.projects);
    expect(await counts()).toEqual(afterCreate);
    const [unchanged] = await f.sql(`SELECT ends_on::text FROM project WHERE id = $1`, [project.id]);
    expect(unchanged.ends_on).toBe('2099-06-30');
  });

  it('lets only the owner and co-leads change a project, its roles and its status', async () => {
    const project = await create(owner, { roles: [roleInput()] });
    const UPDATE = `mutation($p: ID!, $i: UpdateProjectInput!) { updateProject(projectId: $p, input: $i) { title } }`;
    expect(f.code((await f.gql(ada, UPDATE, { p: project.id, i: { title: 'Mine now' } })).body)).toBe(
      'NOT_PROJECT_LEAD',
    );
    expect(f.code((await status(ada, project.id, 'FORMING')).body)).toBe('NOT_PROJECT_LEAD');
    const addRole = `mutation($p: ID!, $i: ProjectRoleInput!) { addProjectRole(projectId: $p, input: $i) { id } }`;
    expect(f.code((await f.gql(ada, addRole, { p: project.id, i: roleInput() })).body)).toBe(
      'NOT_PROJECT_LEAD',
    );
    expect(
      f.code(
        (await f.gql(ada, `mutation($r: ID!) { removeProjectRole(roleId: $r) }`, { r: project.roles[0].id }))
          .body,
      ),
    ).toBe('NOT_PROJECT_LEAD');

    const added = await f.gql(
      owner,
      `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { leads { id } } }`,
      {
        p: project.id,
        x: colead,
      },
    );
    expect(added.body.data.addProjectLead.leads).toEqual([{ id: colead }]);
    expect(await notifications(colead)).toEqual([expect.objectContaining({ kind: 'project.lead_added' })]);
    const renamed = await f.gql(colead, UPDATE, { p: project.id, i: { title: 'Renamed by a co-lead' } });
    expect(renamed.body.data.updateProject.title).toBe('Renamed by a co-lead');
    expect((await status(colead, project.id, 'FORMING')).body.data.changeProjectStatus.status).toBe(
      'FORMING',
    );
    const REMOVE = `mutation($p: ID!, $x: ID!) { removeProjectLead(projectId: $p, personId: $x) }`;
    expect(f.code((await f.gql(ada, REMOVE, { p: project.id, x: colead })).body)).toBe('NOT_PROJECT_LEAD');
    expect((await f.gql(colead, REMOVE, { p: project.id, x: colead })).body.data.removeProjectLead).toBe(
      true,
    );
    expect(f.code((await f.gql(colead, UPDATE, { p: project.id, i: { title: 'Again' } })).body)).toBe(
      'NOT_PROJECT_LEAD',
    );
    await f.gql(owner, `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { id } }`, {
      p: project.id,
      x: colead,
    });
    expect(
      (
        await f.gql(ada, `query($id: ID!) { project(id: $id) { title viewerIsLead owner { id } } }`, {
          id: project.id,
        })
      ).body.data.project,
    ).toEqual({
      title: 'Renamed by a co-lead',
      viewerIsLead: false,
      owner: { id: owner },
    });
  });

  it('follows the lifecycle and tells members about every change', async () => {
    const project = await create(owner, { roles: [roleInput({ seats: 3 })] });
    expect((await join(ada, project.roles[0].id)).body.errors).toBeUndefined();
    const skip = await status(owner, project.id, 'ACTIVE');
    expect(f.code(skip.body)).toBe('INVALID_STATUS_TRANSITION');
    expect(skip.body.errors[0].message).toBe(
      'A proposed project can only become forming or cancelled, not active.',
    );
    expect(f.code((await status(owner, project.id, 'COMPLETED')).body)).toBe('INVALID_STATUS_TRANSITION');
    for (const next of ['FORMING', 'ACTIVE']) {
      expect((await status(owner, project.id, next)).body.data.changeProjectStatus.status).toBe(next);
    }
    expect((await notifications(ada)).map((n) => n.message)).toEqual([
      '“Carbon dashboard” is now forming.',
      '“Carbon dashboard” is now active.',
    ]);
    // The owner changed it: they are not told about their own change.
    expect(
      (await notifications(owner)).filter(
        (n) => n.kind === 'project.status_changed' && n.link === `/projects/${project.id}`,
      ),
    ).toEqual([]);
    const cancelled = await status(owner, project.id, 'CANCELLED');
    expect(cancelled.body.data.changeProjectStatus).toMatchObject({ status: 'CANCELLED', completedAt: null });
    expect(f.code((await status(owner, project.id, 'ACTIVE')).body)).toBe('INVALID_STATUS_TRANSITION');
    expect(cancelled.body.errors).toBeUndefined();
  });

  it('lets nobody join, apply to, be invited to or leave a cancelled project, and closes what was pending', async () => {
    const project = await create(owner, {
      roles: [roleInput({ seats: 5 }), roleInput({ title: 'Analyst', joinPolicy: 'APPLICATION' })],
    });
    const [open, byApplication] = project.roles;
    await join(ada, open.id);
    const pending = await apply(grace, byApplication.id, 'Pick me');
    expect(pending.body.data.applyToRole.status).toBe('PENDING');
    await status(owner, project.id, 'CANCELLED');
    const before = await counts();
    expect(f.code((await join(outsider, open.id)).body)).toBe('PROJECT_CLOSED');
    expect(f.code((await apply(outsider, byApplication.id)).body)).toBe('PROJECT_CLOSED');
    expect(
      f.code(
        (
          await f.gql(owner, `mutation($r: ID!, $p: ID!) { inviteToRole(roleId: $r, personId: $p) { id } }`, {
            r: open.id,
            p: outsider,
          })
        ).body,
      ),
    ).toBe('PROJECT_CLOSED');
    expect(
      f.code((await f.gql(ada, `mutation($p: ID!) { leaveProject(projectId: $p) }`, { p: project.id })).body),
    ).toBe('PROJECT_CLOSED');
    expect(f.code((await decide(owner, pending.body.data.applyToRole.id, true)).body)).toBe(
      'APPLICATION_ALREADY_DECIDED',
    );
    expect(await counts()).toEqual(before);
    const [application] = await f.sql(`SELECT status FROM project_application WHERE id = $1`, [
      pending.body.data.applyToRole.id,
    ]);
    expect(application.status).toBe('closed');
  });

  it('takes applications once, lets only leads decide, and decides each only once', async () => {
    const project = await create(owner, {
      title: 'Data platform',
      roles: [roleInput({ title: 'Analyst', joinPolicy: 'APPLICATION', seats: 1 })],
    });
    const roleId = project.roles[0].id;
    await f.gql(owner, `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { id } }`, {
      p: project.id,
      x: colead,
    });
    expect(f.code((await join(ada, roleId)).body)).toBe('APPLICATION_REQUIRED');
    const first = await apply(ada, roleId, 'I love data.');
    const again = await apply(ada, roleId, 'Another message');
    expect(again.body.data.applyToRole).toEqual(first.body.data.applyToRole);
    expect(first.body.data.applyToRole).toMatchObject({
      status: 'PENDING',
      consentStatus: 'NOT_REQUIRED',
      message: 'I love data.',
    });
    const applicationId = first.body.data.applyToRole.id;
    expect(
      await f.sql(`SELECT count(*)::int AS n FROM project_application WHERE role_id = $1`, [roleId]),
    ).toEqual([{ n: 1 }]);
    for (const lead of [owner, colead]) {
      expect(
        (await notifications(lead)).filter(
          (n) => n.kind === 'project.application_received' && n.message.includes('Data platform'),
        ),
      ).toEqual([
        {
          kind: 'project.application_received',
          message: 'Ada Tester applied to “Data platform” as Analyst.',
          link: '/projects/mine',
        },
      ]);
    }
    const inbox = await f.gql(
      colead,
      `{ applicationsInbox { id applicant { id } role { title } project { title } } }`,
    );
    expect(inbox.body.data.applicationsInbox).toEqual([
      {
        id: applicationId,
        applicant: { id: ada },
        role: { title: 'Analyst' },
        project: { title: 'Data platform' },
      },
    ]);
    expect((await f.gql(outsider, `{ applicationsInbox { id } }`)).body.data.applicationsInbox).toEqual([]);

    const before = await counts();
    expect(f.code((await decide(outsider, applicationId, true)).body)).toBe('NOT_PROJECT_LEAD');
    expect(f.code((await decide(ada, applicationId, true)).body)).toBe('NOT_PROJECT_LEAD');
    expect(f.code((await decide(owner, applicationId, false)).body)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);

    const accepted = await decide(colead, applicationId, true);
    expect(accepted.body.data.decideApplication.status).toBe('ACCEPTED');
    const twice = await decide(owner, applicationId, false, 'Changed my mind');
    expect(f.code(twice.body)).toBe('APPLICATION_ALREADY_DECIDED');
    expect(twice.body.errors[0].message).toBe(
      'This application was already accepted; it cannot be decided again.',
    );
    expect((await notifications(ada)).filter((n) => n.kind.startsWith('project.application'))).toEqual([
      {
        kind: 'project.application_accepted',
        message: 'Welcome aboard: your application to “Data platform” as Analyst was accepted.',
        link: `/projects/${project.id}`,
      },
    ]);
    // The only seat is taken: the next accepted applicant would overbook.
    const other = await apply(grace, roleId);
    expect(f.code((await decide(owner, other.body.data.applyToRole.id, true)).body)).toBe('ROLE_FULL');
    const declined = await decide(owner, other.body.data.applyToRole.id, false, 'The team is complete.');
    expect(declined.body.data.decideApplication).toMatchObject({
      status: 'DECLINED',
      declineReason: 'The team is complete.',
    });
    expect((await notifications(grace)).map((n) => n.message)).toEqual([
      'Your application to “Data platform” as Analyst was declined: The team is complete.',
    ]);
    const withdrawn = await f.gql(grace, `mutation($id: ID!) { withdrawApplication(id: $id) { status } }`, {
      id: other.body.data.applyToRole.id,
    });
    expect(f.code(withdrawn.body)).toBe('APPLICATION_ALREADY_DECIDED');
  });

  it('keeps invite-only projects invisible to everyone but owner, leads, members and invited people', async () => {
    const project = await create(owner, {
      title: 'Secret merger',
      visibility: 'INVITE_ONLY',
      roles: [roleInput({ seats: 3 })],
    });
    const roleId = project.roles[0].id;
    const GET = `query($id: ID!) { project(id: $id) { id title } }`;
    const LIST = `{ projects(first: 100) { totalCount edges { node { title } } } }`;
    for (const viewer of [ada, outsider, hr]) {
      expect(f.code((await f.gql(viewer, GET, { id: project.id })).body)).toBe('PROJECT_NOT_FOUND');
      const titles = (await f.gql(viewer, LIST)).body.data.projects.edges.map(
        (edge: { node: { title: string } }) => edge.node.title,
      );
      expect(titles).not.toContain('Secret merger');
      expect(f.code((await join(viewer, roleId)).body)).toBe('PROJECT_NOT_FOUND');
    }
    expect((await f.gql(owner, GET, { id: project.id })).body.data.project.title).toBe('Secret merger');
    const invited = await f.gql(
      owner,
      `mutation($r: ID!, $p: ID!) { inviteToRole(roleId: $r, personId: $p, message: "Join us") { id status } }`,
      {
        r: roleId,
        p: ada,
      },
    );
    expect(invited.body.data.inviteToRole.status).toBe('PENDING');
    expect((await notifications(ada)).filter((n) => n.kind === 'project.invitation')).toEqual([
      {
        kind: 'project.invitation',
        message: 'Olive Tester invited you to join “Secret merger” as Engineer.',
        link: `/projects/${project.id}`,
      },
    ]);
    expect((await f.gql(ada, GET, { id: project.id })).body.data.project.title).toBe('Secret merger');
    const mine = await f.gql(
      ada,
      `{ myInvitations { id role { title } project { title } invitedBy { id } } }`,
    );
    expect(mine.body.data.myInvitations).toEqual([
      {
        id: invited.body.data.inviteToRole.id,
        role: { title: 'Engineer' },
        project: { title: 'Secret merger' },
        invitedBy: { id: owner },
      },
    ]);
    const accepted = await f.gql(
      ada,
      `mutation($id: ID!) { respondToInvitation(id: $id, accept: true) { status } }`,
      {
        id: invited.body.data.inviteToRole.id,
      },
    );
    expect(accepted.body.data.respondToInvitation.status).toBe('ACCEPTED');
    expect((await f.gql(ada, GET, { id: project.id })).body.data.project.title).toBe('Secret merger');
    expect(f.code((await f.gql(outsider, GET, { id: project.id })).body)).toBe('PROJECT_NOT_FOUND');
  });

  it('shows department projects to that department, HR and admins only', async () => {
    const project = await create(owner, { title: 'Engineering offsite', visibility: 'DEPARTMENT' });
    const GET = `query($id: ID!) { project(id: $id) { title departmentName } }`;
    expect((await f.gql(ada, GET, { id: project.id })).body.data.project).toEqual({
      title: 'Engineering offsite',
      departmentName: 'Engineering',
    });
    expect((await f.gql(hr, GET, { id: project.id })).body.data.project.title).toBe('Engineering offsite');
    expect(f.code((await f.gql(salesPerson, GET, { id: project.id })).body)).toBe('PROJECT_NOT_FOUND');
  });

  it('makes a completed project evidence of its members’ role skills, and asks them to endorse each other', async () => {
    const project = await create(owner, {
      title: 'Churn model',
      roles: [
        roleInput({
          seats: 3,
          skills: [
            { skillId: python, minLevel: 2 },
            { skillId: sqlSkill, minLevel: 2, mustHave: false },
          ],
        }),
      ],
    });
    await f.holds(ada, python, 4);
    await f.holds(ada, sqlSkill, null, 3);
    await f.holds(grace, python, 2);
    await f.holds(grace, sqlSkill, 3);
    await f.holds(outsider, python, 5);
    for (const member of [ada, grace])
      expect((await join(member, project.roles[0].id)).body.errors).toBeUndefined();
    const endorse = (as: string, personId: string) =>
      f.gql(as, `mutation($i: EndorseInput!) { endorse(input: $i) { evidenceProjectId } }`, {
        i: { personId, skillId: python, evidenceProjectId: project.id },
      });
    expect(f.code((await endorse(outsider, ada)).body)).toBe('EVIDENCE_NOT_FOUND');

    await status(owner, project.id, 'FORMING');
    await status(owner, project.id, 'ACTIVE');
    const done = await status(owner, project.id, 'COMPLETED');
    expect(done.body.data.changeProjectStatus.status).toBe('COMPLETED');
    expect(done.body.data.changeProjectStatus.completedAt).not.toBeNull();
    expect(
      await f.sql(
        `SELECT person_id, skill_id FROM project_evidence WHERE project_id = $1 ORDER BY person_id, skill_id`,
        [project.id],
      ),
    ).toEqual(
      [
        // Ada has SQL as interest only: no level, so no evidence.
        { person_id: ada, skill_id: python },
        { person_id: grace, skill_id: python },
        { person_id: grace, skill_id: sqlSkill },
      ].sort((a, b) => (a.person_id + a.skill_id).localeCompare(b.person_id + b.skill_id)),
    );
    expect(
      await f.sql(
        `SELECT person_id, skill_id, evidence_count FROM person_skill WHERE evidence_count > 0 ORDER BY person_id, skill_id`,
      ),
    ).toHaveLength(3);
    const [{ expertise_with, expertise_without }] = await f.sql(
      `SELECT (SELECT expertise FROM person_skill WHERE person_id = $1 AND skill_id = $3) AS expertise_with,
              (SELECT expertise FROM person_skill WHERE person_id = $2 AND skill_id = $3) AS expertise_without`,
      [grace, outsider, python],
    );
    // Discovery's expertise counts the evidence (level 2 with evidence > level 2 alone).
    expect(expertise_with).toBeGreaterThan(40);
    expect(expertise_without).toBeGreaterThan(expertise_with);
    for (const member of [ada, grace]) {
      expect((await notifications(member)).filter((n) => n.kind === 'project.completed')).toEqual([
        {
          kind: 'project.completed',
          message: '“Churn model” is completed. Endorse your teammates for the skills you saw them use.',
          link: `/projects/${project.id}`,
        },
      ]);
    }
    expect((await endorse(grace, ada)).body.data.endorse.evidenceProjectId).toBe(project.id);
    expect(f.code((await endorse(outsider, grace)).body)).toBe('EVIDENCE_NOT_FOUND');
    // Completing again is not a transition: nothing is counted twice.
    expect((await status(owner, project.id, 'COMPLETED')).body.errors).toBeUndefined();
    expect(await f.sql(`SELECT sum(evidence_count)::int AS n FROM person_skill`)).toEqual([{ n: 3 }]);
  });

  it('lists my projects by how I am involved', async () => {
    const mine = await create(grace, {
      title: 'Grace’s garden',
      roles: [roleInput({ title: 'Gardener', joinPolicy: 'APPLICATION' })],
    });
    await f.gql(grace, `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { id } }`, {
      p: mine.id,
      x: colead,
    });
    const other = await create(owner, { title: 'Open kitchen', roles: [roleInput({ title: 'Cook' })] });
    await join(grace, other.roles[0].id);
    await apply(outsider, mine.roles[0].id);
    const titles = async (as: string) => {
      const { body } = await f.gql(
        as,
        `{ myProjects { owned { title } leading { title } member { title } applied { title } } }`,
      );
      const lists = body.data.myProjects as Record<string, Array<{ title: string }>>;
      return Object.fromEntries(
        Object.entries(lists).map(([key, list]) => [
          key,
          list.map((p) => p.title).filter((t) => ['Grace’s garden', 'Open kitchen'].includes(t)),
        ]),
      );
    };
    expect(await titles(grace)).toEqual({
      owned: ['Grace’s garden'],
      leading: [],
      member: ['Open kitchen'],
      applied: [],
    });
    expect(await titles(colead)).toEqual({ owned: [], leading: ['Grace’s garden'], member: [], applied: [] });
    expect(await titles(outsider)).toEqual({
      owned: [],
      leading: [],
      member: [],
      applied: ['Grace’s garden'],
    });
  });

  it('filters and pages the marketplace', async () => {
    const PAGE = `query($f: ProjectsFilterInput, $first: Int, $after: String) {
      projects(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
    const rustSkill = await f.skill('Rust');
    await create(owner, {
      title: 'Rust rewrite of the billing engine',
      hoursPerWeek: 10,
      roles: [roleInput({ skills: [{ skillId: rustSkill, minLevel: 3 }] })],
    });
    const titles = async (filter: Record<string, unknown>) =>
      (await f.gql(salesPerson, PAGE, { f: filter, first: 100 })).body.data.projects.edges.map(
        (e: { node: { title: string } }) => e.node.title,
      );
    expect(await titles({ skillIds: [rustSkill] })).toEqual(['Rust rewrite of the billing engine']);
    expect(await titles({ text: 'billing' })).toEqual(['Rust rewrite of the billing engine']);
    expect(await titles({ text: 'engines' })).toEqual(['Rust rewrite of the billing engine']);
    expect(await titles({ maxHoursPerWeek: 9 })).not.toContain('Rust rewrite of the billing engine');
    expect(await titles({ statuses: ['COMPLETED'] })).toEqual(['Churn model']);
    expect(await titles({ departmentId: sales })).toEqual([]);
    // Sam (Sales) never sees Engineering's department project.
    expect(await titles({})).not.toContain('Engineering offsite');

    const all = (await f.gql(salesPerson, PAGE, { first: 100 })).body.data.projects;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await f.gql(salesPerson, PAGE, { first: 3, after });
      const page = body.data.projects;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: { node: { title: string } }) => e.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: { node: { title: string } }) => e.node.title));
    expect(f.code((await f.gql(salesPerson, PAGE, { first: 3, after: 'bm90IGEgY3Vyc29y' })).body)).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('loads a page of projects with roles, skills, members and people in a constant number of statements', async () => {
    const viewer = await f.person('Vera', { departmentId: engineering });
    const QUERY = `query($first: Int) { projects(first: $first) { edges { node {
      id title owner { displayName } leads { displayName }
      roles { title seatsLeft skills { minLevel mustHave skill { name } } }
      members { joinedAt person { displayName } role { title } } } } } }`;
    const measure = async (first: number) => {
      const { body, statements } = await f.gql(viewer, QUERY, { first });
      expect(body.errors).toBeUndefined();
      return { count: body.data.projects.edges.length, statements };
    };
    for (let i = 0; i < 20; i++) {
      const project = await create(i % 2 ? owner : grace, {
        title: `Bulk ${i}`,
        roles: [
          roleInput({
            title: 'A',
            seats: 3,
            skills: [
              { skillId: python, minLevel: 2 },
              { skillId: sqlSkill, minLevel: 1, mustHave: false },
            ],
          }),
          roleInput({ title: 'B', seats: 2, skills: [{ skillId: figma, minLevel: 3 }] }),
        ],
      });
      await join(ada, project.roles[0].id);
      await join(outsider, project.roles[1].id);
      await f.gql(
        i % 2 ? owner : grace,
        `mutation($p: ID!, $x: ID!) { addProjectLead(projectId: $p, personId: $x) { id } }`,
        {
          p: project.id,
          x: colead,
        },
      );
    }
    const small = await measure(2);
    const large = await measure(20);
    expect(large.count).toBe(20);
    expect(large.statements).toBe(small.statements);
    // Session, page (with its count), owners, co-leads and their people, roles, skills, members, their people.
    expect(large.statements).toBe(9);
    console.log(
      `projects page: ${small.count} projects in ${small.statements} SQL statements, ${large.count} in ${large.statements}`,
    );
  });
});
