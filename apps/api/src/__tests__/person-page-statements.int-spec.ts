// The person page (what the web app's person page asks for) in at most four SQL statements, session
// lookup included, with the right data: manager chain order, reports, skills with top endorsers in
// order, and field privacy applied per viewer. Lives with the app: it needs identity, people and skills.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import { cookiesFor, graphql, insertDepartment, insertPerson } from './profile-test-helpers';

const PERSON_PAGE_QUERY = `query PersonPage($id: ID!) {
  person(id: $id) {
    id displayName givenName familyName email title headline bio location timeZone avatarUrl
    passions askMeAbout spokenLanguages { language proficiency } links { label url }
    hoursPerWeekAvailable openToProjects
    department { id name }
    managerChain { id displayName title avatarUrl }
    directReports { id displayName title avatarUrl }
    directReportCount
    skills {
      skill { id name category }
      level levelDescription years interest wantsToGrow endorsementCount endorsedByViewer
      topEndorsers { id displayName level }
    }
  }
}`;

const SKILLS = 15;
const REPORTS = 10;

interface ArrangedEndorsement {
  endorserId: string;
  endorserName: string;
  /** The endorser's own level in the skill, null when they do not list it. */
  level: number | null;
  minutesAgo: number;
}

describe('person page in at most four SQL statements', () => {
  let test: TestApp;
  let gql: ReturnType<typeof graphql>;
  let ids: Record<'ceo' | 'vp' | 'director' | 'manager' | 'subject' | 'colleague' | 'report', string>;
  let cookies: Record<'subject' | 'colleague' | 'manager' | 'report' | 'ceo', string>;
  let engineering: string;
  const reports: Array<{ id: string; displayName: string }> = [];
  const skills: Array<{
    id: string;
    name: string;
    category: string;
    level: number;
    years: number | null;
    interest: number;
  }> = [];
  const endorsementsBySkill = new Map<string, ArrangedEndorsement[]>();
  const colleagueEndorsed = new Set<string>();

  const sql = async (text: string, values: unknown[] = []) => (await test.db.client.query(text, values)).rows;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    gql = graphql(test);
    const executive = await insertDepartment(test, 'Executive');
    engineering = await insertDepartment(test, 'Engineering');
    const platform = await insertDepartment(test, 'Platform', engineering);

    // ceo → vp → director → manager → subject: a manager chain of four.
    const ceo = await insertPerson(test, { given: 'Cleo', family: 'Chief', departmentId: executive });
    const vp = await insertPerson(test, {
      given: 'Vera',
      family: 'President',
      departmentId: executive,
      managerId: ceo,
    });
    const director = await insertPerson(test, {
      given: 'Dario',
      family: 'Director',
      departmentId: engineering,
      managerId: vp,
    });
    const manager = await insertPerson(test, {
      given: 'Mona',
      family: 'Manager',
      departmentId: engineering,
      managerId: director,
    });
    const subject = await insertPerson(test, {
      given: 'Sami',
      family: 'Subject',
      departmentId: engineering,
      managerId: manager,
    });
    // Ten active reports (inserted out of name order) and one inactive one, who counts nowhere.
    for (const index of [7, 2, 9, 0, 5, 3, 8, 1, 6, 4]) {
      const given = `Rey${index}`;
      const family = `Report${String(index).padStart(2, '0')}`;
      const id = await insertPerson(test, { given, family, departmentId: platform, managerId: subject });
      reports.push({ id, displayName: `${given} ${family}` });
    }
    reports.sort((a, b) => a.displayName.split(' ')[1].localeCompare(b.displayName.split(' ')[1]));
    const inactive = await insertPerson(test, {
      given: 'Gone',
      family: 'Away',
      departmentId: platform,
      managerId: subject,
      status: 'inactive',
    });
    const otherManager = await insertPerson(test, { given: 'Otto', family: 'Other', managerId: vp });
    const colleague = await insertPerson(test, { given: 'Cole', family: 'League', managerId: otherManager });
    ids = { ceo, vp, director, manager, subject, colleague, report: reports[0].id };
    cookies = await cookiesFor(test, { subject, colleague, manager, report: reports[0].id, ceo });

    // Fifteen skills in three categories; the subject holds each, and endorsers hold some themselves.
    const categories = ['engineering', 'data', 'design'];
    for (let i = 0; i < SKILLS; i++) {
      const name = `Skill ${String(i).padStart(2, '0')}`;
      const category = categories[i % categories.length];
      const [{ id }] = await sql(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ($1, lower($1), $2, 'custom') RETURNING id`,
        [name, category],
      );
      const skill = { id, name, category, level: 1 + (i % 5), years: i % 2 ? 2.5 : null, interest: i % 4 };
      skills.push(skill);
      await sql(
        `INSERT INTO person_skill (person_id, skill_id, level, years, interest) VALUES ($1, $2, $3, $4, $5)`,
        [subject, id, skill.level, skill.years, skill.interest],
      );
    }
    const endorsers = [
      ...reports.map((report) => ({ id: report.id, displayName: report.displayName })),
      { id: manager, displayName: 'Mona Manager' },
      { id: colleague, displayName: 'Cole League' },
    ];
    for (const [i, skill] of skills.entries()) {
      const arranged: ArrangedEndorsement[] = [];
      for (const [j, endorser] of endorsers.entries()) {
        if ((i + j) % 3 === 0) continue; // Several endorsers per skill, not all of them.
        // Some endorsers do not list the skill (null level: ranked last); ties broken by who came first.
        const level = (i * 7 + j * 3) % 6 === 0 ? null : 1 + ((i + j * 2) % 5);
        if (level !== null) {
          await sql(
            `INSERT INTO person_skill (person_id, skill_id, level) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
            [endorser.id, skill.id, level],
          );
        }
        const minutesAgo = 1000 - ((i * 31 + j * 17) % 997);
        await sql(
          `INSERT INTO endorsement (endorser_id, person_id, skill_id, created_at)
           VALUES ($1, $2, $3, now() - $4 * interval '1 minute')`,
          [endorser.id, subject, skill.id, minutesAgo],
        );
        arranged.push({ endorserId: endorser.id, endorserName: endorser.displayName, level, minutesAgo });
        if (endorser.id === colleague) colleagueEndorsed.add(skill.id);
      }
      endorsementsBySkill.set(skill.id, arranged);
    }
    // A deactivated colleague's endorsement, at the top level, is neither counted nor shown.
    await sql(`INSERT INTO person_skill (person_id, skill_id, level) VALUES ($1, $2, 5)`, [
      inactive,
      skills[0].id,
    ]);
    await sql(`INSERT INTO endorsement (endorser_id, person_id, skill_id) VALUES ($1, $2, $3)`, [
      inactive,
      subject,
      skills[0].id,
    ]);

    const profile = await gql(
      cookies.subject,
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
      {
        input: {
          headline: 'Keeps the lights on',
          bio: 'Runs the **platform** team.',
          location: 'Lisbon',
          timeZone: 'Europe/Lisbon',
          spokenLanguages: [{ language: 'pt', proficiency: 'NATIVE' }],
          links: [{ label: 'Blog', url: 'https://blog.example.com' }],
          hoursPerWeekAvailable: 6,
          openToProjects: true,
          passions: ['Sailing'],
          askMeAbout: ['Postgres'],
          // Hours per week stay at their default (manager chain and team); the bio is for HR only.
          visibility: [{ field: 'BIO', visibility: 'HR_ONLY' }],
        },
      },
    );
    expect(profile.body.errors).toBeUndefined();
  });
  afterAll(() => test.close());

  const page = async (as: keyof typeof cookies) => {
    const response = await gql(cookies[as], PERSON_PAGE_QUERY, { id: ids.subject });
    expect(response.body.errors).toBeUndefined();
    return { person: response.body.data.person, statements: Number(response.headers['x-sql-statements']) };
  };

  it('costs at most four statements for every kind of viewer', async () => {
    const counts: Record<string, number> = {};
    for (const viewer of ['subject', 'colleague', 'manager', 'report', 'ceo'] as const) {
      counts[viewer] = (await page(viewer)).statements;
    }
    process.stdout.write(`person page SQL statements by viewer: ${JSON.stringify(counts)}\n`);
    for (const statements of Object.values(counts)) expect(statements).toBeLessThanOrEqual(4);
  });

  it('answers the org facts: department, manager chain nearest first, active reports in name order', async () => {
    const { person } = await page('colleague');
    expect(person).toMatchObject({
      id: ids.subject,
      displayName: 'Sami Subject',
      givenName: 'Sami',
      familyName: 'Subject',
      email: 'sami.subject@example.com',
      title: 'Title',
      avatarUrl: null,
      department: { id: engineering, name: 'Engineering' },
      directReportCount: REPORTS,
    });
    expect(person.managerChain).toEqual([
      { id: ids.manager, displayName: 'Mona Manager', title: 'Title', avatarUrl: null },
      { id: ids.director, displayName: 'Dario Director', title: 'Title', avatarUrl: null },
      { id: ids.vp, displayName: 'Vera President', title: 'Title', avatarUrl: null },
      { id: ids.ceo, displayName: 'Cleo Chief', title: 'Title', avatarUrl: null },
    ]);
    expect(person.directReports).toEqual(
      reports.map((report) => ({
        id: report.id,
        displayName: report.displayName,
        title: 'Title',
        avatarUrl: null,
      })),
    );
  });

  it('lists every skill with counts, the viewer’s own endorsements and top endorsers by their level, then first come', async () => {
    const { person } = await page('colleague');
    expect(person.skills).toHaveLength(SKILLS);
    const order = [...skills].sort(
      (a, b) => a.category.localeCompare(b.category) || b.level - a.level || a.name.localeCompare(b.name),
    );
    expect(person.skills.map((entry: { skill: { id: string } }) => entry.skill.id)).toEqual(
      order.map((skill) => skill.id),
    );
    for (const skill of skills) {
      const entry = person.skills.find(
        (candidate: { skill: { id: string } }) => candidate.skill.id === skill.id,
      );
      const arranged = endorsementsBySkill.get(skill.id) ?? [];
      const top = [...arranged]
        .sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || b.minutesAgo - a.minutesAgo)
        .slice(0, 3)
        .map((endorsement) => ({
          id: endorsement.endorserId,
          displayName: endorsement.endorserName,
          level: endorsement.level,
        }));
      expect(entry).toEqual({
        skill: { id: skill.id, name: skill.name, category: skill.category },
        level: skill.level,
        levelDescription: expect.any(String),
        years: skill.years,
        interest: skill.interest,
        wantsToGrow: false,
        endorsementCount: arranged.length,
        endorsedByViewer: colleagueEndorsed.has(skill.id),
        topEndorsers: top,
      });
      expect(arranged.length).toBeGreaterThanOrEqual(6);
    }
    const own = await page('subject');
    expect(own.person.skills.every((entry: { endorsedByViewer: boolean }) => !entry.endorsedByViewer)).toBe(
      true,
    );
  });

  it('applies field privacy per viewer: the owner sees everything, a colleague only what is public', async () => {
    const self = (await page('subject')).person;
    expect(self).toMatchObject({
      headline: 'Keeps the lights on',
      bio: 'Runs the **platform** team.',
      location: 'Lisbon',
      timeZone: 'Europe/Lisbon',
      spokenLanguages: [{ language: 'pt', proficiency: 'NATIVE' }],
      links: [{ label: 'Blog', url: 'https://blog.example.com' }],
      hoursPerWeekAvailable: 6,
      openToProjects: true,
      passions: ['Sailing'],
      askMeAbout: ['Postgres'],
    });
    const colleague = (await page('colleague')).person;
    expect(colleague).toMatchObject({
      headline: 'Keeps the lights on',
      location: 'Lisbon',
      bio: null,
      hoursPerWeekAvailable: null,
    });
    // The manager chain and the team see the hours, not the HR-only bio.
    for (const viewer of ['manager', 'ceo', 'report'] as const) {
      const seen = (await page(viewer)).person;
      expect({ viewer, bio: seen.bio, hours: seen.hoursPerWeekAvailable }).toEqual({
        viewer,
        bio: null,
        hours: 6,
      });
    }
  });
});
