// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
// A completed project's owner and co-leads count as having done it (docs/adr/0020): they gain its
// evidence as its members do, once each, and the parts people took are readable for the people index.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { ProjectHistoryService, type CompletedProjectPart } from '@ensemble/api/projects';
import { DOMAIN_MODULES } from '../app.module';
import { projectSteps, projectsFixture, roleInput, type ProjectsFixture } from './projects-test-helpers';

const EXPERTS = `query($s: ID!) { skillExperts(skillId: $s, first: 50) {
  experts { person { id } level expertise evidenceCount } } }`;
const SEARCH = `query($input: PeopleSearchInput!) { searchPeople(input: $input, first: 20) {
  edges { node { person { id } matchedSkills { skillName level evidenceCount } } } } }`;

interface Expert {
  person: { id: string };
  level: number;
  expertise: number;
  evidenceCount: number;
}

describe('projects: owners and co-leads of a completed project gain its evidence', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  let olive: string;
  let cole: string;
  let lena: string;
  let ada: string;
  let grace: string;
  let otto: string;
  let python: string;
  let sqlSkill: string;
  let figma: string;

  const { create, ok, status, complete, join, addLead } = projectSteps(() => f);
  const removeLead = async (as: string, projectId: string, personId: string) => {
    const { body } = await f.gql(
      as,
      `mutation($p: ID!, $x: ID!) { removeProjectLead(projectId: $p, personId: $x) }`,
      { p: projectId, x: personId },
    );
    expect(body.data.removeProjectLead).toBe(true);
  };
  /** The skill's experts as discovery shows them, by person. */
  const experts = async (skillId: string): Promise<Map<string, Expert>> => {
    const { body } = await f.gql(otto, EXPERTS, { s: skillId });
    return new Map((body.data.skillExperts.experts as Expert[]).map((expert) => [expert.person.id, expert]));
  };
  /** People search for holders of the skill: who, in order, with the evidence each reason shows. */
  const holdersFound = async (skillId: string) => {
    const { body } = await f.gql(otto, SEARCH, { input: { skills: [{ skillId }] } });
    return (
      body.data.searchPeople.edges as Array<{
        node: { person: { id: string }; matchedSkills: Array<{ evidenceCount: number }> };
      }>
    ).map((edge) => ({ id: edge.node.person.id, evidenceCount: edge.node.matchedSkills[0].evidenceCount }));
  };
  /** project_evidence rows of a project, as "person skill" pairs (order-free). */
  const credited = async (projectId: string) =>
    (await f.sql(`SELECT person_id, skill_id FROM project_evidence WHERE project_id = $1`, [projectId]))
      .map((row) => `${row.person_id} ${row.skill_id}`)
      .sort();
  const pairs = (...list: Array<[string, string]>) =>
    list.map(([person, skill]) => `${person} ${skill}`).sort();
  const evidenceCount = async (personId: string, skillId: string) =>
    (
      await f.sql(`SELECT evidence_count FROM person_skill WHERE person_id = $1 AND skill_id = $2`, [
        personId,
        skillId,
      ])
    )[0].evidence_count as number;
  /** Every counted piece of evidence has its row, and the other way round. */
  const countsMatchRows = async () => {
    const [row] =
      await f.sql(`SELECT (SELECT coalesce(sum(evidence_count), 0)::int FROM person_skill) AS counted,
                                      (SELECT count(*)::int FROM project_evidence) AS rows`);
    expect(row.counted).toBe(row.rows);
  };
  const history = (personIds: string[]) => test.app.get(ProjectHistoryService).completedProjectsOf(personIds);
  const parts = (list: CompletedProjectPart[], personId: string) =>
    list
      .filter((entry) => entry.personId === personId)
      .map(({ projectTitle, part, roleTitle }) => ({ projectTitle, part, roleTitle }));

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    f = projectsFixture(test);
    olive = await f.person('Olive');
    cole = await f.person('Cole');
    lena = await f.person('Lena');
    ada = await f.person('Ada');
    grace = await f.person('Grace');
    otto = await f.person('Otto');
    python = await f.skill('Python');
    sqlSkill = await f.skill('SQL');
    figma = await f.skill('Figma');
    await f.holds(olive, python, 3);
    await f.holds(olive, figma, null, 2);
    await f.holds(cole, sqlSkill, 4);
    await f.holds(cole, figma, 2);
    await f.holds(lena, sqlSkill, 3);
    await f.holds(ada, python, 4);
    await f.holds(grace, figma, 3);
    await f.holds(otto, python, 3);
  });
  afterAll(() => test.close());

  it('gives the owner and co-leads evidence for every skill the project requires that they hold, as members get for their role', async () => {
    const project = await create(olive, {
      title: 'Churn model',
      roles: [
        roleInput({
          title: 'Backend engineer',
          skills: [
            { skillId: python, minLevel: 2 },
            { skillId: sqlSkill, minLevel: 2, mustHave: false },
          ],
        }),
        roleInput({ title: 'Designer', skills: [{ skillId: figma, minLevel: 2 }] }),
      ],
    });
    await addLead(olive, project.id, cole);
    await join(ada, project.roles[0].id);
    await join(grace, project.roles[1].id);
    const before = await experts(python);
    expect(before.get(olive)).toMatchObject({ level: 3, evidenceCount: 0 });
    expect(before.get(olive)?.expertise).toBe(before.get(otto)?.expertise);

    await complete(olive, project.id);

    expect(await credited(project.id)).toEqual(
      pairs(
        [ada, python],
        [grace, figma],
        // The owner holds Figma as an interest only: no level, no evidence (as for members).
        [olive, python],
        // A co-lead covers every role, not one: SQL from the backend role, Figma from the designer's.
        [cole, sqlSkill],
        [cole, figma],
      ),
    );
    const after = await experts(python);
    expect(after.get(olive)).toMatchObject({ level: 3, evidenceCount: 1 });
    expect(after.get(olive)?.expertise).toBeGreaterThan(before.get(olive)?.expertise as number);
    expect(after.get(otto)).toEqual(before.get(otto));
    expect((await experts(sqlSkill)).get(cole)).toMatchObject({ level: 4, evidenceCount: 1 });
    // People search ranks the owner above a colleague at the same level without the project, and its
    // reasons show the evidence as they do for the member.
    expect(await holdersFound(python)).toEqual([
      { id: ada, evidenceCount: 1 },
      { id: olive, evidenceCount: 1 },
      { id: otto, evidenceCount: 0 },
    ]);
    expect(await holdersFound(figma)).toEqual([
      { id: grace, evidenceCount: 1 },
      { id: cole, evidenceCount: 1 },
    ]);
    await countsMatchRows();
  });

  it('counts an owner or a co-lead who also holds a seat once, and completing again counts nothing', async () => {
    const project = await create(olive, {
      title: 'Billing revamp',
      roles: [
        roleInput({
          title: 'Backend engineer',
          seats: 3,
          skills: [
            { skillId: python, minLevel: 2 },
            { skillId: sqlSkill, minLevel: 1 },
          ],
        }),
      ],
    });
    // A member made co-lead keeps their seat. Leads no longer join their own roles (OWN_PROJECT), but an
    // owner who took a seat before that rule still holds it.
    await join(cole, project.roles[0].id);
    await addLead(olive, project.id, cole);
    await f.sql(`INSERT INTO project_member (project_id, role_id, person_id) VALUES ($1, $2, $3)`, [
      project.id,
      project.roles[0].id,
      olive,
    ]);
    await f.sql(`UPDATE project_role SET seats_taken = seats_taken + 1 WHERE id = $1`, [project.roles[0].id]);
    const [olivePython, coleSql] = [await evidenceCount(olive, python), await evidenceCount(cole, sqlSkill)];

    await complete(olive, project.id);
    await ok(status(olive, project.id, 'COMPLETED'));

    expect(await credited(project.id)).toEqual(pairs([olive, python], [cole, sqlSkill]));
    expect(await evidenceCount(olive, python)).toBe(olivePython + 1);
    expect(await evidenceCount(cole, sqlSkill)).toBe(coleSql + 1);
    expect((await experts(python)).get(olive)?.evidenceCount).toBe(2);
    await countsMatchRows();
  });

  it('tells, per person, which completed projects they did and in what part', async () => {
    // Still open: no part in anything completed yet.
    const open = await create(olive, { title: 'Still running', roles: [roleInput({ title: 'Analyst' })] });
    await join(otto, open.roles[0].id);
    // Otto left and Lena stopped co-leading before it completed: neither did it.
    const done = await create(grace, {
      title: 'Design system',
      roles: [roleInput({ title: 'Designer', skills: [{ skillId: figma, minLevel: 1 }] })],
    });
    await addLead(grace, done.id, lena);
    await join(otto, done.roles[0].id);
    await ok(f.gql(otto, `mutation($p: ID!) { leaveProject(projectId: $p) }`, { p: done.id }));
    await removeLead(grace, done.id, lena);
    await complete(grace, done.id);

    const list = await history([olive, cole, ada, grace, otto, lena]);
    // Most recently completed first; an owner with a seat is the owner, with the seat's role.
    expect(parts(list, olive)).toEqual([
      { projectTitle: 'Billing revamp', part: 'owner', roleTitle: 'Backend engineer' },
      { projectTitle: 'Churn model', part: 'owner', roleTitle: null },
    ]);
    expect(parts(list, cole)).toEqual([
      { projectTitle: 'Billing revamp', part: 'co_lead', roleTitle: 'Backend engineer' },
      { projectTitle: 'Churn model', part: 'co_lead', roleTitle: null },
    ]);
    expect(parts(list, ada)).toEqual([
      { projectTitle: 'Churn model', part: 'member', roleTitle: 'Backend engineer' },
    ]);
    expect(parts(list, grace)).toEqual([
      { projectTitle: 'Design system', part: 'owner', roleTitle: null },
      { projectTitle: 'Churn model', part: 'member', roleTitle: 'Designer' },
    ]);
    expect(parts(list, otto)).toEqual([]);
    expect(parts(list, lena)).toEqual([]);
    const [designSystem] = list.filter((entry) => entry.projectTitle === 'Design system');
    expect(designSystem).toEqual({
      personId: grace,
      projectId: done.id,
      projectTitle: 'Design system',
      part: 'owner',
      roleTitle: null,
      completedAt: expect.any(Date),
      visibility: 'company',
      departmentId: null,
    });
    expect(Date.now() - designSystem.completedAt.getTime()).toBeLessThan(60 * 60_000);
    expect(await history([])).toEqual([]);
  });

  it('takes back what a co-lead gained by leading when they are removed from a completed project, keeping what their seat covers', async () => {
    const project = await create(olive, {
      title: 'Data lake',
      roles: [
        roleInput({ title: 'Data engineer', skills: [{ skillId: sqlSkill, minLevel: 2 }] }),
        roleInput({ title: 'Designer', skills: [{ skillId: figma, minLevel: 1 }] }),
      ],
    });
    await join(cole, project.roles[1].id);
    await addLead(olive, project.id, cole);
    await addLead(olive, project.id, lena);
    const before = {
      coleSql: await evidenceCount(cole, sqlSkill),
      coleFigma: await evidenceCount(cole, figma),
      lenaSql: await evidenceCount(lena, sqlSkill),
    };
    await complete(olive, project.id);
    expect(await credited(project.id)).toEqual(pairs([cole, sqlSkill], [cole, figma], [lena, sqlSkill]));

    await removeLead(olive, project.id, cole);
    await removeLead(lena, project.id, lena);

    // Cole keeps the Designer seat's Figma; SQL came from leading, and Lena had nothing else.
    expect(await credited(project.id)).toEqual(pairs([cole, figma]));
    expect({
      coleSql: await evidenceCount(cole, sqlSkill),
      coleFigma: await evidenceCount(cole, figma),
      lenaSql: await evidenceCount(lena, sqlSkill),
    }).toEqual({
      coleSql: before.coleSql,
      coleFigma: before.coleFigma + 1,
      lenaSql: before.lenaSql,
    });
    const list = await history([cole, lena]);
    expect(parts(list, cole).filter((entry) => entry.projectTitle === 'Data lake')).toEqual([
      { projectTitle: 'Data lake', part: 'member', roleTitle: 'Designer' },
    ]);
    expect(parts(list, lena)).toEqual([]);
    await countsMatchRows();
  });
});
