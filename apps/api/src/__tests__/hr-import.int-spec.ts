// POST /api/hr-import over HTTP: dry run with row errors, apply, idempotent re-run, managers in any
// order, hostile rows, who may call it, what the body may be, and what the report says of private fields.
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, graphql, insertPerson } from './profile-test-helpers';

// Reverse order on purpose: every manager appears after (below) the people they manage.
const COMPANY = [
  'Employee_ID,EMAIL,Given_Name,Family_Name,Title,Department,Manager_Email,Location',
  'E4,eng2@corp.example,Erin,Second,Engineer,Engineering,lead@corp.example,Lisbon',
  'E3,eng1@corp.example,Eli,First,"Engineer, Platform",Engineering,lead@corp.example,"Porto"',
  'E2,lead@corp.example,Lee,Lead,Engineering Lead,Engineering,ceo@corp.example,Berlin',
  'E1,ceo@corp.example,Cleo,Chief,CEO,Board,,Berlin',
].join('\r\n');

describe('POST /api/hr-import', () => {
  let test: TestApp;
  let hrId: string;
  let cookies: Record<'hr' | 'admin' | 'employee', string>;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
    hrId = await insertPerson(test, { given: 'Hanna', family: 'Hr', roles: ['employee', 'hr'] });
    const admin = await insertPerson(test, { given: 'Adam', family: 'Admin', roles: ['employee', 'admin'] });
    const employee = await insertPerson(test, { given: 'Emma', family: 'Employee' });
    cookies = await cookiesFor(test, { hr: hrId, admin, employee });
  });
  afterAll(() => test.close());

  const post = (cookie: string | null, query = '') => {
    const call = request(test.app.getHttpServer()).post(`/api/hr-import${query}`);
    return cookie ? call.set('cookie', cookie) : call;
  };
  const importCsv = (cookie: string | null, csv: string, options: { apply?: boolean } = {}) =>
    post(cookie, options.apply === undefined ? '' : `?apply=${options.apply}`)
      .set('content-type', 'text/csv')
      .send(csv);

  const counts = async () => {
    const { rows } = await test.db.client.query(
      `SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM department) AS departments,
              (SELECT count(*)::int FROM audit_event WHERE action = 'hr_import.applied') AS imports`,
    );
    return rows[0];
  };

  it('refuses employees with FORBIDDEN and signed-out callers with UNAUTHENTICATED, without reading the file', async () => {
    const response = await importCsv(cookies.employee, COMPANY, { apply: true });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
    // Over the import's limit: refused for who they are, not for the size (the body is never read).
    const oversized = await importCsv(cookies.employee, `${COMPANY}\n${'x'.repeat(6 * 1024 * 1024)}`, { apply: true });
    expect(oversized.status).toBe(403);
    const anonymous = await importCsv(null, COMPANY, { apply: true });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    expect((await counts()).people).toBe(3);
  });

  it('dry-runs: reports every row error with its line while the valid rows still report, writing nothing', async () => {
    const csv = [
      COMPANY,
      'E5,not-an-email,Bad,Email,,,,',
      'E6,noname@corp.example,,,,,,',
      'E7,eng1@corp.example,Dup,Licate,,,,',
      'E8,ghost@corp.example,Has,Ghost,,,nobody@corp.example,',
      'E9,self@corp.example,Self,Managed,,,self@corp.example,',
      'E10,a@corp.example,Cy,A,,,b@corp.example,',
      'E11,b@corp.example,Cy,B,,,a@corp.example,',
      '"E12","multi@corp.example","Multi","Line","Title with a',
      'line break",,,',
    ].join('\n');
    const before = await counts();
    const response = await importCsv(cookies.hr, csv);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const report = response.body;
    expect(report).toMatchObject({
      applied: false,
      rowsRead: 12,
      created: 5,
      updated: 0,
      unchanged: 0,
      departmentsCreated: 2,
    });
    const problems = report.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
    expect(problems).toEqual([
      '6:email',
      '7:given_name',
      '7:family_name',
      '8:email',
      '9:manager_email',
      '10:manager_email',
      '11:manager_email',
      '12:manager_email',
    ]);
    expect(report.errors.find((e: { line: number }) => e.line === 8).message).toMatch(
      /also appears on line 3/,
    );
    expect(report.errors.find((e: { line: number }) => e.line === 11).message).toMatch(/cycle/);
    expect(report.changes.map((c: { email: string }) => c.email)).toContain('multi@corp.example');
    expect(await counts()).toEqual(before);
  });

  it('applies in one go with managers resolved in any order, then a second run changes nothing', async () => {
    const applied = await importCsv(cookies.hr, COMPANY, { apply: true });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      applied: true,
      rowsRead: 4,
      created: 4,
      updated: 0,
      departmentsCreated: 2,
      errors: [],
    });
    const { rows } = await test.db.client.query(
      `SELECT p.email, p.external_id, p.title, p.location, d.name AS department, m.email AS manager
         FROM person p LEFT JOIN department d ON d.id = p.department_id LEFT JOIN person m ON m.id = p.manager_id
        WHERE p.email LIKE '%@corp.example' ORDER BY p.email`,
    );
    expect(rows).toEqual([
      {
        email: 'ceo@corp.example',
        external_id: 'ceo@corp.example',
        title: 'CEO',
        location: 'Berlin',
        department: 'Board',
        manager: null,
      },
      {
        email: 'eng1@corp.example',
        external_id: 'eng1@corp.example',
        title: 'Engineer, Platform',
        location: 'Porto',
        department: 'Engineering',
        manager: 'lead@corp.example',
      },
      {
        email: 'eng2@corp.example',
        external_id: 'eng2@corp.example',
        title: 'Engineer',
        location: 'Lisbon',
        department: 'Engineering',
        manager: 'lead@corp.example',
      },
      {
        email: 'lead@corp.example',
        external_id: 'lead@corp.example',
        title: 'Engineering Lead',
        location: 'Berlin',
        department: 'Engineering',
        manager: 'ceo@corp.example',
      },
    ]);
    const audit = await test.db.client.query(
      `SELECT actor_id, request_id, data FROM audit_event WHERE action = 'hr_import.applied'`,
    );
    expect(audit.rows[0].data).toMatchObject({ created: 4, updated: 0, rowsRead: 4, errors: 0 });
    expect(audit.rows[0]).toMatchObject({ actor_id: hrId, request_id: applied.headers['x-request-id'] });

    const again = await importCsv(cookies.admin, COMPANY, { apply: true });
    expect(again.body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
      departmentsCreated: 0,
      changes: [],
    });
  });

  it('updates matched people by email (any case), keeping their external id', async () => {
    await test.db.client.query(
      `UPDATE person SET external_id = 'saml-lead-42' WHERE email = 'lead@corp.example'`,
    );
    const csv = COMPANY.replace(
      'E2,lead@corp.example,Lee,Lead,Engineering Lead,Engineering,ceo@corp.example,Berlin',
      'E2,LEAD@corp.example,Lee,Lead,VP Engineering,Engineering,,Berlin',
    );
    const response = await importCsv(cookies.hr, csv, { apply: true });
    expect(response.body).toMatchObject({ updated: 1, unchanged: 3 });
    expect(response.body.changes).toEqual([
      { line: 4, email: 'lead@corp.example', action: 'update', changedFields: ['title', 'manager_email'] },
    ]);
    const { rows } = await test.db.client.query(
      `SELECT external_id, title, manager_id FROM person WHERE email = 'lead@corp.example'`,
    );
    expect(rows[0]).toEqual({ external_id: 'saml-lead-42', title: 'VP Engineering', manager_id: null });
  });

  it('reports a hostile row (formula prefix, 10,000-character field) and writes nothing of it', async () => {
    const csv = [
      'email,given_name,family_name,title,department',
      `evil@corp.example,=HYPERLINK("http://evil.example"),Evil,${'x'.repeat(10_000)},Sales`,
      'formula@corp.example,@SUM(A1),Fine,+Title,-Ops',
    ].join('\n');
    const before = await counts();
    const response = await importCsv(cookies.hr, csv, { apply: true });
    const report = response.body;
    expect(report.errors).toEqual([
      { line: 2, field: 'title', message: 'is 10000 characters long; at most 200 fit' },
    ]);
    expect(report.warnings.map((w: { line: number; field: string }) => `${w.line}:${w.field}`)).toEqual([
      '2:given_name',
      '3:given_name',
      '3:title',
      '3:department',
    ]);
    expect(report.created).toBe(1);
    const evil = await test.db.client.query(
      `SELECT count(*)::int AS n FROM person WHERE email = 'evil@corp.example'`,
    );
    expect(evil.rows[0].n).toBe(0);
    const neutralised = await test.db.client.query(
      `SELECT p.given_name, p.title, d.name AS department FROM person p JOIN department d ON d.id = p.department_id WHERE email = 'formula@corp.example'`,
    );
    expect(neutralised.rows[0]).toEqual({ given_name: 'SUM(A1)', title: 'Title', department: 'Ops' });
    expect((await counts()).departments).toBe(before.departments + 1);
  });

  it('refuses a file that is not CSV or lacks required columns with BAD_USER_INPUT', async () => {
    const unterminated = await importCsv(cookies.hr, 'email,given_name,family_name\n"a@b.example,A,B');
    expect(unterminated.status).toBe(400);
    expect(unterminated.body.error.code).toBe('BAD_USER_INPUT');
    expect(unterminated.body.error.message).toMatch(/line 2.*never closed/);
    const headerless = await importCsv(cookies.hr, 'mail,name\nx,y');
    expect(headerless.body.error.message).toMatch(/lacks the column\(s\) email, given_name, family_name/);
    const empty = await importCsv(cookies.hr, '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/file is empty/);
  });

  it('takes the file as a text/csv body of at most 5 MB, in UTF-8, and apply as true or false', async () => {
    const before = await counts();
    const oversized = await importCsv(cookies.hr, `${COMPANY}\n${'x'.repeat(5 * 1024 * 1024)}`);
    expect(oversized.status).toBe(413);
    expect(oversized.body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The file is larger than 5 MB: split it into smaller files.',
    });
    const json = await post(cookies.hr).send({ csv: COMPANY });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const form = await post(cookies.hr).attach('file', Buffer.from(COMPANY), 'people.csv');
    expect(form.status).toBe(415);
    const latin1 = await post(cookies.hr).set('content-type', 'text/csv; charset=iso-8859-1').send(COMPANY);
    expect(latin1.status).toBe(415);
    expect(latin1.body.error.message).toMatch(/charset "iso-8859-1"/);
    const notUtf8 = await post(cookies.hr)
      .set('content-type', 'text/csv')
      .send(Buffer.from('email,given_name,family_name\nj@corp.example,J\xf6rg,M\xfcller\n', 'latin1'));
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/not UTF-8/) });
    const gzipped = await importCsv(cookies.hr, COMPANY).set('content-encoding', 'gzip');
    expect(gzipped.status).toBe(415);
    const badApply = await post(cookies.hr, '?apply=yes').set('content-type', 'text/csv').send(COMPANY);
    expect(badApply.status).toBe(400);
    expect(badApply.body.error.message).toMatch(/apply must be true or false/);
    const utf8 = await post(cookies.hr)
      .set('content-type', 'text/csv; charset=UTF-8')
      .send('email,given_name,family_name\njoerg@corp.example,Jörg,Müller\n');
    expect(utf8.body).toMatchObject({ created: 1, errors: [] });
    expect(await counts()).toEqual(before);
  });

  it('is no longer a GraphQL mutation (docs/adr/0014)', async () => {
    const response = await graphql(test)(
      cookies.hr,
      `mutation($csv: String!) { importPeopleCsv(csv: $csv) { created } }`,
      { csv: COMPANY },
    );
    expect(response.body.errors[0].extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  describe('privacy: what the report says of a field the importer may not see', () => {
    const HEADER = 'email,given_name,family_name,location';
    let onlyMeId: string;

    beforeAll(async () => {
      onlyMeId = await insertPerson(test, { given: 'Olga', family: 'Private', location: 'Oslo' });
      await insertPerson(test, { given: 'Hugo', family: 'Hronly', location: 'Hamburg' });
      await insertPerson(test, { given: 'Eva', family: 'Everyone', location: 'Evora' });
      await test.db.client.query(
        `UPDATE person SET field_visibility = CASE email
           WHEN 'olga.private@example.com' THEN '{"location": "only_me"}'::jsonb
           WHEN 'hugo.hronly@example.com' THEN '{"location": "hr_only"}'::jsonb
           ELSE field_visibility END`,
      );
    });

    const dryRun = async (cookie: string, locations: { olga: string; hugo: string; eva: string }) => {
      const csv = [
        HEADER,
        `olga.private@example.com,Olga,Private,${locations.olga}`,
        `hugo.hronly@example.com,Hugo,Hronly,${locations.hugo}`,
        `eva.everyone@example.com,Eva,Everyone,${locations.eva}`,
      ].join('\n');
      const response = await importCsv(cookie, csv);
      expect(response.status).toBe(200);
      return response.body;
    };

    it('an "only me" location: the same report whether the guess is right or wrong, for HR and admins', async () => {
      for (const cookie of [cookies.hr, cookies.admin]) {
        const right = await dryRun(cookie, { olga: 'Oslo', hugo: 'Hamburg', eva: 'Evora' });
        const wrong = await dryRun(cookie, { olga: 'Madrid', hugo: 'Hamburg', eva: 'Evora' });
        expect(wrong).toEqual(right);
        expect(right).toMatchObject({ updated: 0, unchanged: 3, changes: [] });
        expect(right.warnings).toEqual([
          { line: 2, field: 'location', message: expect.stringMatching(/private to this person/) },
        ]);
        expect(JSON.stringify(wrong)).not.toMatch(/Oslo|Madrid/);
      }
    });

    it('fields the importer may see (hr_only for HR, everyone) are reported as before', async () => {
      const report = await dryRun(cookies.hr, { olga: 'Oslo', hugo: 'Hannover', eva: 'Elvas' });
      expect(report).toMatchObject({ updated: 2, unchanged: 1 });
      expect(report.changes).toEqual([
        { line: 3, email: 'hugo.hronly@example.com', action: 'update', changedFields: ['location'] },
        { line: 4, email: 'eva.everyone@example.com', action: 'update', changedFields: ['location'] },
      ]);
    });

    it('applying writes the file, and its report discloses no more than the dry run', async () => {
      const csv = [HEADER, 'olga.private@example.com,Olga,Private,Madrid'].join('\n');
      const applied = await importCsv(cookies.hr, csv, { apply: true });
      expect(applied.body).toMatchObject({ applied: true, updated: 0, unchanged: 1, changes: [] });
      const { rows } = await test.db.client.query(`SELECT location FROM person WHERE id = $1`, [onlyMeId]);
      expect(rows[0].location).toBe('Madrid');
    });
  });
});
