// Matching both ways on a small company with known right answers (docs/project-matching.md).
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import { CREATE_PROJECT, projectInput, projectsFixture, roleInput, type ProjectsFixture } from './projects-test-helpers';

describe('project matching', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  const id: Record<string, string> = {};
  const skill: Record<string, string> = {};
  let projectId: string;
  let roleId: string;

  const CANDIDATES = `query($roleId: ID!, $first: Int) { candidatesForRole(roleId: $roleId, first: $first) {
    person { displayName } score coverage freeHours hoursNeeded activeProjects
    skills { skillName minLevel mustHave level meetsMinimum endorsementCount interested } } }`;
  const RECOMMENDED = `{ recommendedRoles(first: 10) { projectTitle roleTitle seatsLeft score coverage
    skills { skillName level meetsMinimum } } }`;
  const COVERAGE = `query($id: ID!) { project(id: $id) { teamCoverage { coveredCount gapCount
    skills { skillName minLevel mustHave covered coveredBy { person { displayName } level } } } } }`;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    f = projectsFixture(test);
    skill['k8s'] = await f.skill('Kubernetes');
    skill['go'] = await f.skill('Go');
    skill['figma'] = await f.skill('Figma');
    for (const name of ['Owner', 'Ann', 'Ben', 'Cat', 'Dan', 'Mel', 'Nia']) id[name] = await f.person(name);
    await f.holds(id['Ann'] as string, skill['k8s'] as string, 4);
    await f.holds(id['Ann'] as string, skill['go'] as string, 3);
    await f.holds(id['Ann'] as string, skill['figma'] as string, 2);
    await f.holds(id['Ben'] as string, skill['k8s'] as string, 4);
    await f.holds(id['Ben'] as string, skill['go'] as string, 3);
    await f.holds(id['Cat'] as string, skill['k8s'] as string, 2);
    await f.holds(id['Cat'] as string, skill['go'] as string, 3);
    await f.holds(id['Dan'] as string, skill['k8s'] as string, null, 3);
    await f.holds(id['Mel'] as string, skill['k8s'] as string, 5);
    // Ann shows her free hours to everyone; Ben keeps the default (manager chain and team).
    await f.sql(`UPDATE person SET hours_per_week_available = 20, field_visibility = '{"hoursPerWeekAvailable":"everyone"}' WHERE id = $1`, [id['Ann']]);
    await f.sql(`UPDATE person SET hours_per_week_available = 20 WHERE id = $1`, [id['Ben']]);

    const created = await f.gql(id['Owner'] as string, CREATE_PROJECT, {
      input: projectInput({
        title: 'Platform revamp',
        hoursPerWeek: 10,
        roles: [
          roleInput({
            title: 'Platform engineer',
            seats: 3,
            skills: [
              { skillId: skill['k8s'], minLevel: 3, mustHave: true },
              { skillId: skill['go'], minLevel: 2, mustHave: true },
              { skillId: skill['figma'], minLevel: 2, mustHave: false },
            ],
          }),
        ],
      }),
    });
    projectId = created.body.data.createProject.id;
    roleId = created.body.data.createProject.roles[0].id;
    await f.gql(id['Owner'] as string, `mutation($p: ID!) { changeProjectStatus(projectId: $p, status: FORMING) { status } }`, { p: projectId });
    const joined = await f.gql(id['Mel'] as string, `mutation($r: ID!) { joinRole(roleId: $r) { id } }`, { r: roleId });
    expect(f.code(joined.body)).toBe('OK');
  });
  afterAll(() => test.close());

  it('ranks candidates by coverage of the required skills at their levels, and explains every skill', async () => {
    const { body, statements } = await f.gql(id['Owner'] as string, CANDIDATES, { roleId });
    const candidates = body.data.candidatesForRole;
    expect(candidates.map((c: { person: { displayName: string } }) => c.person.displayName)).toEqual([
      'Ann Tester',
      'Ben Tester',
      'Cat Tester',
      'Dan Tester',
    ]);
    // Members (Mel) and the owner are not candidates; people with none of the skills neither (Nia).
    const [ann, ben, cat, dan] = candidates;
    expect(ann.coverage).toBe(1);
    expect(ben.coverage).toBe(0.8);
    expect(cat.coverage).toBeCloseTo((0.5 * (2 / 3) + 1) / 2.5, 3);
    expect(dan.coverage).toBe(0);
    expect(ann.skills).toEqual([
      { skillName: 'Kubernetes', minLevel: 3, mustHave: true, level: 4, meetsMinimum: true, endorsementCount: 0, interested: false },
      { skillName: 'Go', minLevel: 2, mustHave: true, level: 3, meetsMinimum: true, endorsementCount: 0, interested: false },
      { skillName: 'Figma', minLevel: 2, mustHave: false, level: 2, meetsMinimum: true, endorsementCount: 0, interested: false },
    ]);
    expect(cat.skills[0]).toMatchObject({ skillName: 'Kubernetes', level: 2, meetsMinimum: false });
    expect(dan.skills[0]).toMatchObject({ level: null, meetsMinimum: false, interested: true });
    // Hours count only where the owner may see them: Ann shows hers, Ben's are hidden.
    expect(ann).toMatchObject({ freeHours: 20, hoursNeeded: 10, activeProjects: 0 });
    expect(ben.freeHours).toBeNull();
    expect(ann.score).toBeGreaterThan(ben.score);
    expect(statements).toBeLessThanOrEqual(5);
  });

  it("shows each candidate's department and private fields from the people index, in four statements", async () => {
    const department = (await f.sql(`INSERT INTO department (name) VALUES ('Platform') RETURNING id`)) as Array<{ id: string }>;
    // Ann's headline is for her manager chain and team only: the owner is neither.
    await f.sql(
      `UPDATE person SET department_id = $2, headline = 'Runs clusters', field_visibility = field_visibility || '{"headline": "manager_chain_and_team"}'
        WHERE id = $1`,
      [id['Ann'], department[0]?.id],
    );
    const { body, statements } = await f.gql(
      id['Owner'] as string,
      `query($roleId: ID!) { candidatesForRole(roleId: $roleId) { person { displayName headline department { name } } } }`,
      { roleId },
    );
    expect(body.data.candidatesForRole[0].person).toEqual({ displayName: 'Ann Tester', headline: null, department: { name: 'Platform' } });
    // Session beside the index's catch-up, the role, the scoring: none for the page's people or their fields.
    expect(statements).toBeLessThanOrEqual(4);
  });

  it('lets only the owner, co-leads, HR and admins see candidates', async () => {
    expect(f.code((await f.gql(id['Nia'] as string, CANDIDATES, { roleId })).body)).toBe('NOT_PROJECT_LEAD');
    expect(f.code((await f.gql(id['Owner'] as string, CANDIDATES, { roleId: '00000000-0000-4000-8000-000000000000' })).body)).toBe('ROLE_NOT_FOUND');
    expect(f.code((await f.gql(id['Owner'] as string, CANDIDATES, { roleId, first: 51 })).body)).toBe('BAD_USER_INPUT');
    const hr = await f.person('Hera', { roles: ['employee', 'hr'] });
    expect(f.code((await f.gql(hr, CANDIDATES, { roleId })).body)).toBe('OK');
  });

  it('recommends open roles to people whose skills fit, with the same reasons', async () => {
    const { body } = await f.gql(id['Ben'] as string, RECOMMENDED);
    expect(body.data.recommendedRoles).toEqual([
      {
        projectTitle: 'Platform revamp',
        roleTitle: 'Platform engineer',
        seatsLeft: 2,
        score: expect.any(Number),
        coverage: 0.8,
        skills: [
          { skillName: 'Kubernetes', level: 4, meetsMinimum: true },
          { skillName: 'Go', level: 3, meetsMinimum: true },
          { skillName: 'Figma', level: null, meetsMinimum: false },
        ],
      },
    ]);
    // Nothing for someone without any of the skills, for members, and for invite-only projects.
    expect((await f.gql(id['Nia'] as string, RECOMMENDED)).body.data.recommendedRoles).toEqual([]);
    expect((await f.gql(id['Mel'] as string, RECOMMENDED)).body.data.recommendedRoles).toEqual([]);
    await f.gql(id['Owner'] as string, CREATE_PROJECT, {
      input: projectInput({
        title: 'Secret',
        visibility: 'INVITE_ONLY',
        roles: [roleInput({ skills: [{ skillId: skill['go'], minLevel: 1, mustHave: true }] })],
      }),
    });
    const titles = (await f.gql(id['Ben'] as string, RECOMMENDED)).body.data.recommendedRoles.map((r: { projectTitle: string }) => r.projectTitle);
    expect(titles).toEqual(['Platform revamp']);
  });

  it('shows which required skills the team covers and which are gaps', async () => {
    const { body } = await f.gql(id['Nia'] as string, COVERAGE, { id: projectId });
    expect(body.data.project.teamCoverage).toEqual({
      coveredCount: 1,
      gapCount: 2,
      skills: [
        { skillName: 'Go', minLevel: 2, mustHave: true, covered: false, coveredBy: [] },
        { skillName: 'Kubernetes', minLevel: 3, mustHave: true, covered: true, coveredBy: [{ person: { displayName: 'Mel Tester' }, level: 5 }] },
        { skillName: 'Figma', minLevel: 2, mustHave: false, covered: false, coveredBy: [] },
      ],
    });
    // Ben joins: Go becomes covered.
    await f.gql(id['Ben'] as string, `mutation($r: ID!) { joinRole(roleId: $r) { id } }`, { r: roleId });
    const after = (await f.gql(id['Nia'] as string, COVERAGE, { id: projectId })).body.data.project.teamCoverage;
    expect(after).toMatchObject({ coveredCount: 2, gapCount: 1 });
  });

  it('ranks on skills changed just before the request (the people index catches up first)', async () => {
    // Dan only wanted Kubernetes; now he holds it at 5, and Go at 3. Ben has joined the team since.
    await f.sql(`UPDATE person_skill SET level = 5 WHERE person_id = $1 AND skill_id = $2`, [id['Dan'], skill['k8s']]);
    await f.holds(id['Dan'] as string, skill['go'] as string, 3);
    const candidates = (await f.gql(id['Owner'] as string, CANDIDATES, { roleId })).body.data.candidatesForRole;
    expect(candidates.map((c: { person: { displayName: string } }) => c.person.displayName)).toEqual(['Ann Tester', 'Dan Tester', 'Cat Tester']);
    expect(candidates[1].coverage).toBe(0.8);
    expect(candidates[1].skills[0]).toMatchObject({ skillName: 'Kubernetes', level: 5, meetsMinimum: true, interested: true });
  });
});
