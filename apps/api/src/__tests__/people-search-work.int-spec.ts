// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
// People are found by their work (issue 14): the projects they owned, co-led or held a seat in, leads
// first; free text ranks rather than requires; a project the viewer may not see never matches or explains.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { SkillDictionary } from '@ensemble/api/discovery';
import { DOMAIN_MODULES } from '../app.module';
import { projectSteps, projectsFixture, roleInput, type ProjectsFixture } from './projects-test-helpers';

const SEARCH = `query($input: PeopleSearchInput!) { searchPeople(input: $input, first: 20) {
  totalCount
  edges { node { person { id } score coverage matchedFields
    matchedSkills { skillName level }
    matchedProjects { title part roleTitle status matchedFields } } }
  interpretation { skills { name } terms } } }`;

interface Hit {
  person: { id: string };
  score: number;
  coverage: number;
  matchedFields: string[];
  matchedSkills: Array<{ skillName: string; level: number }>;
  matchedProjects: Array<{ title: string; part: string; roleTitle: string | null; status: string; matchedFields: string[] }>;
}

describe('searchPeople: people are found by their work', () => {
  let test: TestApp;
  let f: ProjectsFixture;
  const who: Record<string, string> = {};
  const name = new Map<string, string>();
  let java: string;
  let excel: string;

  const { create, ok, complete, join, addLead, ...steps } = projectSteps(() => f);
  const status = (as: string, projectId: string, to: string) => ok(steps.status(as, projectId, to));
  const search = async (as: string, query: string, extra: Record<string, unknown> = {}) => {
    const { body } = await f.gql(as, SEARCH, { input: { query, ...extra } });
    expect(body.errors).toBeUndefined();
    return body.data.searchPeople as { totalCount: number; edges: Array<{ node: Hit }>; interpretation: { skills: Array<{ name: string }>; terms: string[] } };
  };
  const names = (result: { edges: Array<{ node: Hit }> }) => result.edges.map((edge) => name.get(edge.node.person.id) ?? '?');
  const hitOf = (result: { edges: Array<{ node: Hit }> }, person: string) => result.edges.find((edge) => edge.node.person.id === who[person])?.node;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    f = projectsFixture(test);
    const finance = await f.department('Finance');
    for (const given of ['Vic', 'Olga', 'Cody', 'Mae', 'Milo', 'Lars', 'Jon', 'Ivy', 'Ian', 'Pat', 'Kurt', 'Kim']) {
      who[given] = await f.person(given);
      name.set(who[given] as string, given);
    }
    for (const given of ['Fay', 'Finn']) {
      who[given] = await f.person(given, { departmentId: finance });
      name.set(who[given] as string, given);
    }
    who['Hana'] = await f.person('Hana', { roles: ['employee', 'hr'] });
    name.set(who['Hana'], 'Hana');
    java = await f.skill('Java');
    excel = await f.skill('Spreadsheet modelling');
    await f.holds(who['Mae'] as string, java, 3);
    await f.holds(who['Milo'] as string, java, 2);
    await f.holds(who['Jon'] as string, java, 5);
    await f.holds(who['Kurt'] as string, excel, 5);
    await f.holds(who['Kim'] as string, excel, 2);
    // Pat writes about payments but did none of this work.
    await f.sql(`UPDATE person SET bio = 'Curious about payments' WHERE id = $1`, [who['Pat']]);
    test.app.get(SkillDictionary).invalidate();

    // Phoenix: Java used on payments work. Olga owns it, Cody co-leads, Mae and Milo hold its seats.
    const phoenix = await create(who['Olga'] as string, {
      title: 'Phoenix',
      summary: 'Real-time fraud scoring for card payments',
      description: 'Streams every card payment through a scoring model and blocks the fraudulent ones.',
      roles: [roleInput({ title: 'Backend engineer', seats: 3, skills: [{ skillId: java, minLevel: 2 }] })],
    });
    await addLead(who['Olga'] as string, phoenix.id, who['Cody'] as string);
    await join(who['Mae'] as string, phoenix.roles[0]?.id as string);
    await join(who['Milo'] as string, phoenix.roles[0]?.id as string);
    await complete(who['Olga'] as string, phoenix.id);
    // Ledger: payments without Java. Jon (Java 5) holds a seat: he has the two apart.
    const ledger = await create(who['Lars'] as string, {
      title: 'Ledger',
      summary: 'Document storage service for payments and invoices',
      roles: [roleInput({ title: 'Analyst', skills: [{ skillId: excel, minLevel: 1 }] })],
    });
    await join(who['Jon'] as string, ledger.roles[0]?.id as string);
    await complete(who['Lars'] as string, ledger.id);
    // Nightjar: invite only. Kestrel: Finance's own.
    const nightjar = await create(who['Ivy'] as string, { title: 'Nightjar', summary: 'Secret acquisition research', visibility: 'INVITE_ONLY' });
    await addLead(who['Ivy'] as string, nightjar.id, who['Ian'] as string);
    await status(who['Ivy'] as string, nightjar.id, 'FORMING');
    const kestrel = await create(who['Fay'] as string, { title: 'Kestrel', summary: 'Quarterly close automation', visibility: 'DEPARTMENT' });
    await status(who['Fay'] as string, kestrel.id, 'FORMING');
  });
  afterAll(() => test.close());

  it("finds a project's team by the project's name, its leads first, and says through which project", async () => {
    const result = await search(who['Vic'] as string, 'phoenix');
    expect(names(result)).toEqual(['Olga', 'Cody', 'Mae', 'Milo']);
    expect(hitOf(result, 'Olga')?.matchedProjects).toEqual([
      { title: 'Phoenix', part: 'OWNER', roleTitle: null, status: 'completed', matchedFields: ['title'] },
    ]);
    expect(hitOf(result, 'Cody')?.matchedProjects[0]).toMatchObject({ part: 'CO_LEAD' });
    expect(hitOf(result, 'Mae')?.matchedProjects[0]).toMatchObject({ part: 'MEMBER', roleTitle: 'Backend engineer' });
    expect(hitOf(result, 'Mae')?.matchedFields).toEqual(['projects']);
    expect(hitOf(result, 'Mae')?.coverage).toBe(1);
  });

  it("finds a team by a phrase from what its project did, its owner first", async () => {
    const fraud = await search(who['Vic'] as string, 'real-time fraud scoring');
    expect(names(fraud)).toEqual(['Olga', 'Cody', 'Mae', 'Milo']);
    const storage = await search(who['Vic'] as string, 'document storage service');
    expect(names(storage)).toEqual(['Lars', 'Jon']);
    expect(hitOf(storage, 'Jon')?.matchedProjects).toEqual([
      { title: 'Ledger', part: 'MEMBER', roleTitle: 'Analyst', status: 'completed', matchedFields: ['summary'] },
    ]);
  });

  it('ranks who used a skill on the work asked about above who has the two apart, and ranks rather than requires what it recognises', async () => {
    const result = await search(who['Vic'] as string, 'payments Java');
    expect(result.interpretation.skills.map((s) => s.name)).toEqual(['Java']);
    const order = names(result);
    // Mae used Java on Phoenix (payments); Jon holds Java at 5 and did payments on Ledger, apart.
    expect(order.indexOf('Mae')).toBeLessThan(order.indexOf('Jon'));
    expect(order.indexOf('Olga')).toBeLessThan(order.indexOf('Jon'));
    // Partial matches still answer, after: Milo (Java, and Phoenix), Pat (payments in her bio only).
    expect(order).toEqual(expect.arrayContaining(['Olga', 'Cody', 'Mae', 'Milo', 'Lars', 'Jon', 'Pat']));
    expect(order.at(-1)).toBe('Pat');
    expect(hitOf(result, 'Pat')?.coverage).toBeLessThan(1);
    expect(hitOf(result, 'Mae')?.matchedSkills).toEqual([{ skillName: 'Java', level: 3 }]);
  });

  it('still answers when one part of the question matches nobody, and only then the part-matches', async () => {
    await f.skill('Fortran');
    test.app.get(SkillDictionary).invalidate();
    const result = await search(who['Vic'] as string, 'payments fortran');
    expect(result.interpretation.skills.map((s) => s.name)).toEqual(['Fortran']);
    expect(names(result).sort()).toEqual(['Cody', 'Jon', 'Lars', 'Mae', 'Milo', 'Olga', 'Pat']);
    // Nobody matches any word: the one empty page.
    expect((await search(who['Vic'] as string, 'zanzibar fortran')).totalCount).toBe(0);
  });

  it('ranks people whose skill a word names by how well they hold it', async () => {
    // "modelling" is not a skill of its own: it is a word of Spreadsheet modelling, held by Kurt (5) and Kim (2),
    // and of Ledger's Analyst role; Kurt's id may come before or after Kim's, so the order is the level's.
    const result = await search(who['Vic'] as string, 'modelling');
    expect(names(result).slice(0, 2)).toEqual(['Kurt', 'Kim']);
    expect(hitOf(result, 'Kurt')?.score).toBeGreaterThan(hitOf(result, 'Kim')?.score as number);
  });

  it('never matches, ranks or explains through a project the viewer may not see', async () => {
    expect((await search(who['Vic'] as string, 'nightjar')).totalCount).toBe(0);
    expect((await search(who['Vic'] as string, 'acquisition research')).totalCount).toBe(0);
    // Found by name, Ivy shows no trace of the project.
    const byName = await search(who['Vic'] as string, 'ivy nightjar');
    expect(names(byName)).toEqual(['Ivy']);
    expect(hitOf(byName, 'Ivy')?.matchedProjects).toEqual([]);
    expect(hitOf(byName, 'Ivy')?.coverage).toBeLessThan(1);
    // Its co-lead sees it; so its team is found for him.
    expect(names(await search(who['Ian'] as string, 'nightjar'))).toEqual(['Ivy', 'Ian']);
    // A department's project: its department and HR see it, others do not.
    expect((await search(who['Vic'] as string, 'kestrel')).totalCount).toBe(0);
    expect(names(await search(who['Finn'] as string, 'kestrel'))).toEqual(['Fay']);
    expect(names(await search(who['Hana'] as string, 'kestrel'))).toEqual(['Fay']);
  });

  it('follows projects as they change: a new one is found at once, a cancelled one no longer', async () => {
    const osprey = await create(who['Kim'] as string, { title: 'Osprey', summary: 'Bird migration tracker' });
    // Proposed: not under way yet.
    expect((await search(who['Vic'] as string, 'osprey')).totalCount).toBe(0);
    await status(who['Kim'] as string, osprey.id, 'FORMING');
    expect(names(await search(who['Vic'] as string, 'osprey'))).toEqual(['Kim']);
    await addLead(who['Kim'] as string, osprey.id, who['Kurt'] as string);
    expect(names(await search(who['Vic'] as string, 'migration tracker'))).toEqual(['Kim', 'Kurt']);
    await status(who['Kim'] as string, osprey.id, 'CANCELLED');
    expect((await search(who['Vic'] as string, 'osprey')).totalCount).toBe(0);
  });
});
