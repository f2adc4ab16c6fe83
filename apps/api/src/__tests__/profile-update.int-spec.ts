// updateMyProfile over HTTP: the happy path, the audit trail, and every kind of bad input refused
// with BAD_USER_INPUT naming the field while nothing at all is written.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, graphql, insertPerson } from './profile-test-helpers';

const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) {
  id headline bio bioPlainText location timeZone spokenLanguages { language proficiency } links { label url }
  hoursPerWeekAvailable openToProjects passions askMeAbout profileCompleteness { percent nextStep { field hint } } } }`;

describe('updateMyProfile', () => {
  let test: TestApp;
  let gql: ReturnType<typeof graphql>;
  let me: string;
  let cookie: string;
  let other: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
    gql = graphql(test);
    me = await insertPerson(test, { given: 'Mia', family: 'Maker' });
    const otherId = await insertPerson(test, { given: 'Oli', family: 'Other' });
    ({ me: cookie, other } = await cookiesFor(test, { me, other: otherId }));
  });
  afterAll(() => test.close());

  const snapshot = async () => {
    const person = await test.db.client.query(`SELECT * FROM person WHERE id = $1`, [me]);
    const audit = await test.db.client.query(`SELECT count(*)::int AS n FROM audit_event`);
    return { person: person.rows[0], audits: audit.rows[0].n };
  };

  it('starts empty with the headline as the most useful next step', async () => {
    const response = await gql(
      cookie,
      '{ viewer { headline passions profileCompleteness { percent nextStep { field hint } } } }',
    );
    expect(response.body.data['viewer']).toEqual({
      headline: null,
      passions: [],
      profileCompleteness: {
        percent: 0,
        nextStep: { field: 'headline', hint: 'Add a headline so people know what you do.' },
      },
    });
  });

  it('saves every field, normalises topics and languages, and audits the changed field names only', async () => {
    const response = await gql(cookie, UPDATE, {
      input: {
        headline: '  Platform engineer  ',
        bio: '## About\n\nI build **platforms**.',
        location: 'Berlin',
        timeZone: 'Europe/Berlin',
        spokenLanguages: [
          { language: 'en-us', proficiency: 'FULL_PROFESSIONAL' },
          { language: 'de', proficiency: 'NATIVE' },
        ],
        links: [{ label: 'GitHub', url: 'https://github.com/mia' }],
        hoursPerWeekAvailable: 8,
        openToProjects: true,
        passions: ['  Open   source ', 'open source', 'Climbing'],
        askMeAbout: ['Kubernetes'],
      },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data['updateMyProfile']).toMatchObject({
      headline: 'Platform engineer',
      bio: '## About\n\nI build **platforms**.',
      bioPlainText: 'About\n\nI build platforms.',
      location: 'Berlin',
      timeZone: 'Europe/Berlin',
      spokenLanguages: [
        { language: 'en-US', proficiency: 'FULL_PROFESSIONAL' },
        { language: 'de', proficiency: 'NATIVE' },
      ],
      links: [{ label: 'GitHub', url: 'https://github.com/mia' }],
      hoursPerWeekAvailable: 8,
      openToProjects: true,
      passions: ['Open source', 'Climbing'],
      askMeAbout: ['Kubernetes'],
      // Everything but the avatar (weight 10 of 100).
      profileCompleteness: {
        percent: 90,
        nextStep: { field: 'avatar', hint: 'Upload a photo so colleagues recognise you.' },
      },
    });
    const audit = await test.db.client.query(
      `SELECT actor_id, action, target_id, data FROM audit_event WHERE action = 'profile.updated'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].actor_id).toBe(me);
    expect(audit.rows[0].data.fields.sort()).toEqual(
      [
        'askMeAbout',
        'bio',
        'headline',
        'hoursPerWeekAvailable',
        'links',
        'location',
        'openToProjects',
        'passions',
        'spokenLanguages',
        'timeZone',
      ].sort(),
    );
    expect(JSON.stringify(audit.rows[0].data)).not.toContain('Berlin');
  });

  it('is a partial update: leaves other fields alone, clears with null, and writes no audit row for no change', async () => {
    const before = await snapshot();
    const same = await gql(cookie, UPDATE, { input: { headline: 'Platform engineer' } });
    expect(same.body.errors).toBeUndefined();
    expect((await snapshot()).audits).toBe(before.audits);

    const cleared = await gql(cookie, UPDATE, { input: { location: null, passions: [] } });
    expect(cleared.body.data['updateMyProfile']).toMatchObject({
      location: null,
      passions: [],
      headline: 'Platform engineer',
      timeZone: 'Europe/Berlin',
    });
    const audit = await test.db.client.query(
      `SELECT data FROM audit_event WHERE action = 'profile.updated' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.rows[0].data.fields.sort()).toEqual(['location', 'passions']);
  });

  it('stores a script in the bio verbatim and returns it as plain text, never as HTML', async () => {
    const hostile = '<script>alert("x")</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))';
    const response = await gql(cookie, UPDATE, { input: { bio: hostile } });
    expect(response.body.data['updateMyProfile'].bio).toBe(hostile);
    expect(response.body.data['updateMyProfile'].bioPlainText).toContain('<script>alert("x")</script>');
    expect(response.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    expect((await snapshot()).person.bio).toBe(hostile);
    // Another viewer gets the same inert text.
    const seen = await gql(other, `query($id: ID!) { person(id: $id) { bio } }`, { id: me });
    expect(seen.body.data['person'].bio).toBe(hostile);
  });

  const BAD: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a headline over 120 characters', { headline: 'x'.repeat(121) }, 'headline', /at most 120/],
    ['a bio over 5000 characters', { bio: 'x'.repeat(5001) }, 'bio', /at most 5000/],
    ['a location over 200 characters', { location: 'x'.repeat(201) }, 'location', /at most 200/],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone', /IANA time zone/],
    [
      'a malformed language tag',
      { spokenLanguages: [{ language: 'not a tag!', proficiency: 'NATIVE' }] },
      'spokenLanguages.0.language',
      /language tag/,
    ],
    [
      'the same language twice',
      {
        spokenLanguages: [
          { language: 'en', proficiency: 'NATIVE' },
          { language: 'EN', proficiency: 'ELEMENTARY' },
        ],
      },
      'spokenLanguages',
      /twice/,
    ],
    ['a javascript: link', { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url', /http/],
    ['a relative link', { links: [{ label: 'x', url: '/etc/passwd' }] }, 'links.0.url', /http/],
    ['a blank link label', { links: [{ label: '   ', url: 'https://a.example' }] }, 'links.0.label', /label/],
    [
      'more than 10 links',
      { links: Array.from({ length: 11 }, (_, i) => ({ label: `l${i}`, url: `https://x.example/${i}` })) },
      'links',
      /at most 10/,
    ],
    ['hours above 40', { hoursPerWeekAvailable: 41 }, 'hoursPerWeekAvailable', /between 0 and 40/],
    ['negative hours', { hoursPerWeekAvailable: -1 }, 'hoursPerWeekAvailable', /between 0 and 40/],
    [
      'more than 20 passions',
      { passions: Array.from({ length: 21 }, (_, i) => `p${i}`) },
      'passions',
      /at most 20/,
    ],
    ['a passion over 60 characters', { passions: ['x'.repeat(61)] }, 'passions', /at most 60/],
    ['a blank passion', { passions: ['  '] }, 'passions', /blank/],
    [
      'more than 10 ask-me-about topics',
      { askMeAbout: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      'askMeAbout',
      /at most 10/,
    ],
    [
      'the same field twice in visibility',
      {
        visibility: [
          { field: 'BIO', visibility: 'ONLY_ME' },
          { field: 'BIO', visibility: 'HR_ONLY' },
        ],
      },
      'visibility',
      /twice/,
    ],
  ];

  it.each(BAD)(
    'refuses %s with BAD_USER_INPUT naming the field and writes nothing',
    async (_label, bad, field, message) => {
      const before = await snapshot();
      // Valid changes alongside the bad one must not be written either.
      const response = await gql(cookie, UPDATE, { input: { headline: 'Changed?', ...bad } });
      expect(response.body.data ?? null).toBeNull();
      const error = response.body.errors[0];
      expect(error.extensions['code']).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      expect(JSON.stringify(error.extensions)).toContain(field);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('refuses a visibility level that does not exist at the GraphQL layer, writing nothing', async () => {
    const before = await snapshot();
    const response = await gql(
      cookie,
      `mutation { setMyFieldVisibility(field: BIO, visibility: FRIENDS) { id } }`,
    );
    expect(response.body.errors[0].extensions['code']).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(await snapshot()).toEqual(before);
  });

  it('sets a single field visibility with setMyFieldVisibility and audits it', async () => {
    const response = await gql(
      cookie,
      `mutation { setMyFieldVisibility(field: BIO, visibility: ONLY_ME) { myFieldVisibility { field visibility } } }`,
    );
    expect(response.body.data['setMyFieldVisibility'].myFieldVisibility).toContainEqual({
      field: 'BIO',
      visibility: 'ONLY_ME',
    });
    const seen = await gql(other, `query($id: ID!) { person(id: $id) { bio bioPlainText headline } }`, {
      id: me,
    });
    expect(seen.body.data['person']).toEqual({
      bio: null,
      bioPlainText: null,
      headline: 'Platform engineer',
    });
    const audit = await test.db.client.query(`SELECT data FROM audit_event ORDER BY id DESC LIMIT 1`);
    expect(audit.rows[0].data.fields).toEqual(['visibility.bio']);
  });

  it('requires a session', async () => {
    const response = await gql(null, UPDATE, { input: { headline: 'x' } });
    expect(response.body.errors[0].extensions['code']).toBe('UNAUTHENTICATED');
  });
});
