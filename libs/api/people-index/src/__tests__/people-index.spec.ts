import { FieldVisibility, ProfileField } from '@ensemble/api/people';
import { IndexSearch, type IndexHit } from '../index-search';
import { PeopleIndex } from '../people-index';
import type { PersonDocument, SkillTuple } from '../person-document';
import type { ProjectDocument } from '../project-document';
import type { IndexQuery } from '../query';
import { scratch } from '../scratch';
import { PrefixDictionary, textWords, withinOneEdit } from '../text';

const NOW = Date.now();
const skill = (id: string, level: number | null, expertise: number, interest = 0): SkillTuple => [id, level, interest, false, expertise, 0, 0, 0, NOW];
const doc = (id: string, extra: Partial<PersonDocument> = {}): PersonDocument => ({
  id,
  status: 'active',
  email: `${id}@example.com`,
  givenName: id,
  familyName: 'Person',
  title: null,
  avatarUrl: null,
  roles: ['employee'],
  departmentId: null,
  managerId: null,
  location: null,
  timeZone: null,
  spokenLanguages: [],
  links: [],
  hoursPerWeekAvailable: null,
  openToProjects: false,
  headline: null,
  bio: null,
  passions: [],
  askMeAbout: [],
  fieldVisibility: {},
  skills: [],
  ...extra,
});
const query = (extra: Partial<IndexQuery>): IndexQuery => ({
  groups: [],
  rankingGroups: [],
  terms: [],
  location: null,
  departmentIds: null,
  minHoursPerWeek: null,
  openToProjects: null,
  passions: [],
  passion: false,
  skillWords: { dictionary: new PrefixDictionary(), skillsByWord: new Map() },
  ...extra,
});
const viewer = (personId: string, roles: Array<'employee' | 'hr' | 'admin'> = ['employee']) => ({ personId, roles });
const ids = (hits: readonly IndexHit[]) => hits.map((hit) => hit.person.id).sort();
/** Everyone the search finds (up to 100,000), best first. */
const found = (search: IndexSearch) => search.answer(100_000, null, { facet: 10, skills: 10, skillSample: 10 }).page;
const SIZES = { facet: 10, skills: 10, skillSample: 10 };
const k8s = (minLevel = 1) => ({ requestedSkillId: 'k8s', minLevel, members: [{ skillId: 'k8s', weight: 1 }] });

describe('text', () => {
  it('splits words as the index and the query both see them', () => {
    expect(textWords('Node.js & C++ at ÉCOLE')).toEqual(['node', 'js', 'c', 'at', 'école']);
  });

  it('accepts one insertion, deletion, substitution or swap, and nothing more', () => {
    for (const typo of ['jonatan', 'jonahtan', 'jonathon', 'jonathann', 'ojnathan']) expect(withinOneEdit(typo, 'jonathan')).toBe(true);
    for (const far of ['jonhtn', 'nathan', 'jnoahtan', 'jonathanxx']) expect(withinOneEdit(far, 'jonathan')).toBe(false);
  });

  it('finds words by prefix, short and long, and forgets deleted ones', () => {
    const dictionary = new PrefixDictionary();
    for (const word of ['kubernetes', 'kubectl', 'kotlin', 'k']) dictionary.add(word);
    expect([...dictionary.startingWith('k')].sort()).toEqual(['k', 'kotlin', 'kubectl', 'kubernetes']);
    expect([...dictionary.startingWith('kube')].sort()).toEqual(['kubectl', 'kubernetes']);
    expect([...dictionary.startingWith('kuber')]).toEqual(['kubernetes']);
    dictionary.delete('kubectl');
    expect([...dictionary.startingWith('kub')]).toEqual(['kubernetes']);
  });
});

describe('PeopleIndex', () => {
  it('knows whether anyone’s text that everyone may see has a word, as of now', () => {
    const index = new PeopleIndex();
    index.upsert(doc('ada', { bio: 'I led the Rusty ledger rewrite' }));
    index.upsert(doc('bob', { passions: ['sailing'] }));
    index.upsert(doc('cy', { bio: 'Secret project Orchid', fieldVisibility: { [ProfileField.BIO]: FieldVisibility.ONLY_ME } }));
    expect(['rusty', 'ledger', 'sailing', 'ada'].map((word) => index.containsWord(word))).toEqual([true, true, true, true]);
    // A hidden field does not count: the answer must not reveal it.
    expect(index.containsWord('orchid')).toBe(false);
    // Whole words only, and only words someone still has.
    expect(index.containsWord('rust')).toBe(false);
    index.upsert(doc('ada', { bio: 'Payments' }));
    expect(index.containsWord('rusty')).toBe(false);
    index.remove('bob');
    expect(index.containsWord('sailing')).toBe(false);
  });

  it('counts the words of projects everyone may see, and forgets a project that goes', () => {
    const index = new PeopleIndex();
    index.upsert(doc('owner'));
    const project = (id: string, title: string, visibility: ProjectDocument['visibility']): ProjectDocument => ({
      id, status: 'completed', title, summary: '', description: '', visibility, departmentId: null, ownerId: 'owner',
      completedAt: NOW, team: [['owner', 'owner', null]], skills: [], seers: [],
    });
    index.upsertProject(project('p1', 'Redox ledger', 'company'));
    index.upsertProject(project('p2', 'Nightjar', 'invite_only'));
    expect(['redox', 'nightjar'].map((word) => index.containsWord(word))).toEqual([true, false]);
    // Renamed, then gone: its old words go with it.
    index.upsertProject(project('p1', 'Kestrel', 'company'));
    expect(['redox', 'kestrel'].map((word) => index.containsWord(word))).toEqual([false, true]);
    index.removeProject('p1');
    expect(index.containsWord('kestrel')).toBe(false);
    expect(index.projectsOf.has('owner')).toBe(true);
    index.removeProject('p2');
    expect(index.projectsOf.has('owner')).toBe(false);
  });

  it('replaces a person wholesale on update: dropped skills and words stop matching', () => {
    const index = new PeopleIndex();
    index.upsert(doc('ada', { headline: 'graph databases', skills: [skill('k8s', 4, 90)] }));
    index.upsert(doc('ada', { headline: 'compilers', skills: [skill('go', 3, 60)] }));
    expect(ids(found(new IndexSearch(index, viewer('x'), query({ groups: [k8s()] }))))).toEqual([]);
    expect(ids(found(new IndexSearch(index, viewer('x'), query({ terms: ['graph'] }))))).toEqual([]);
    expect(ids(found(new IndexSearch(index, viewer('x'), query({ terms: ['compil'] }))))).toEqual(['ada']);
  });

  it('stays correct through compaction of many dead entries', () => {
    const index = new PeopleIndex();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 6000; i++) {
        index.upsert(doc(`p${i}`, { headline: `word${round} shared`, skills: [skill(`s${round}`, 3, 60), skill('k8s', round + 1, 20 * (round + 1))] }));
      }
    }
    expect(found(new IndexSearch(index, viewer('x'), query({ terms: ['word0'] })))).toHaveLength(0);
    expect(found(new IndexSearch(index, viewer('x'), query({ terms: ['word2'] })))).toHaveLength(6000);
    expect(found(new IndexSearch(index, viewer('x'), query({ groups: [k8s(3)] })))).toHaveLength(6000);
    expect(found(new IndexSearch(index, viewer('x'), query({ groups: [{ requestedSkillId: 's1', minLevel: 1, members: [{ skillId: 's1', weight: 1 }] }] })))).toHaveLength(0);
    expect(index.holders.get('k8s')?.length).toBeLessThan(18_000);
  });

  it('forgets a removed person', () => {
    const index = new PeopleIndex();
    index.upsert(doc('ada', { skills: [skill('k8s', 4, 90)] }));
    index.remove('ada');
    expect(found(new IndexSearch(index, viewer('x'), query({ terms: ['ada'] })))).toHaveLength(0);
    expect(found(new IndexSearch(index, viewer('x'), query({ groups: [k8s()] })))).toHaveLength(0);
  });
});

describe('IndexSearch', () => {
  const team = () => {
    const index = new PeopleIndex();
    const hidden = { [ProfileField.BIO]: FieldVisibility.MANAGER_CHAIN_AND_TEAM };
    index.upsert(doc('ceo'));
    index.upsert(doc('lead', { managerId: 'ceo' }));
    index.upsert(doc('dev', { managerId: 'lead', bio: 'secret sauce', fieldVisibility: hidden }));
    index.upsert(doc('peer', { managerId: 'lead' }));
    index.upsert(doc('outsider', { managerId: 'ceo' }));
    index.upsert(doc('hr'));
    return index;
  };

  it('lets a team-only field match for the manager chain, the team and HR, and nobody else', () => {
    const index = team();
    const sees = (who: string, roles?: Array<'employee' | 'hr'>) =>
      found(new IndexSearch(index, viewer(who, roles), query({ terms: ['sauce'] }))).length === 1;
    expect([sees('dev'), sees('lead'), sees('ceo'), sees('peer'), sees('hr', ['employee', 'hr'])]).toEqual([true, true, true, true, true]);
    expect(sees('outsider')).toBe(false);
  });

  it('requires every skill group, sums them, and reads the level of the first', () => {
    const index = new PeopleIndex();
    index.upsert(doc('both', { skills: [skill('k8s', 5, 100), skill('go', 2, 40)] }));
    index.upsert(doc('one', { skills: [skill('k8s', 5, 100)] }));
    const go = { requestedSkillId: 'go', minLevel: 1, members: [{ skillId: 'go', weight: 1 }] };
    const [hit, more] = found(new IndexSearch(index, viewer('x'), query({ groups: [k8s(), go] })));
    expect(more).toBeUndefined();
    expect(hit?.person.id).toBe('both');
    expect(hit?.level0).toBe(5);
    expect(hit?.score).toBeCloseTo(140, 1);
  });

  it('pages best first with the id as tie-breaker, after a cursor, without repeats', () => {
    const index = new PeopleIndex();
    for (const [id, expertise] of [['a', 50], ['b', 70], ['c', 50], ['d', 90], ['e', 10]] as const) {
      index.upsert(doc(id, { skills: [skill('k8s', 3, expertise)] }));
    }
    // With a filter, so that the scan (not the cached ranking) pages.
    const search = () => new IndexSearch(index, viewer('x'), query({ groups: [k8s()], openToProjects: false }));
    const first = search().answer(1, null, SIZES).page;
    expect(first.map((h) => h.person.id)).toEqual(['d', 'b']);
    const last = first.at(-1) as IndexHit;
    expect(search().answer(10, { score: last.score, id: last.person.id }, SIZES).page.map((h) => h.person.id)).toEqual(['a', 'c', 'e']);
  });

  it('counts a hidden place in no facet and matches no filter on it', () => {
    const index = new PeopleIndex();
    index.upsert(doc('open', { location: 'Berlin' }));
    index.upsert(doc('secret', { location: 'Berlin', fieldVisibility: { [ProfileField.LOCATION]: FieldVisibility.HR_ONLY } }));
    const colleague = new IndexSearch(index, viewer('x'), query({ location: 'berlin' }));
    expect(ids(found(colleague))).toEqual(['open']);
    expect(colleague.answer(10, null, SIZES).facets.locations).toEqual([{ value: 'Berlin', count: 1 }]);
    // A place or department nobody has matches nobody (not the people who have none).
    index.upsert(doc('nowhere', { departmentId: null, location: null, skills: [skill('k8s', 3, 60)] }));
    for (const filter of [{ location: 'atlantis' }, { departmentIds: ['00000000-0000-4000-8000-000000000000'] }]) {
      expect(found(new IndexSearch(index, viewer('x'), query(filter)))).toHaveLength(0);
      expect(found(new IndexSearch(index, viewer('x'), query({ ...filter, groups: [k8s()] })))).toHaveLength(0);
    }
    const hr = new IndexSearch(index, viewer('h', ['employee', 'hr']), query({ location: 'berlin' }));
    expect(hr.matches()).toHaveLength(2);
  });

  it('filters on a whole location or any of its parts (city, country, Remote), ignoring case and accents, as locations change', () => {
    const index = new PeopleIndex();
    index.upsert(doc('berlin', { location: 'Berlin, Germany', skills: [skill('k8s', 3, 60)] }));
    index.upsert(doc('munich', { location: 'Munich, Germany' }));
    index.upsert(doc('ny', { location: 'New York, United States', skills: [skill('k8s', 4, 80)] }));
    index.upsert(doc('sf', { location: 'San Francisco, United States' }));
    index.upsert(doc('sp', { location: 'São Paulo, Brazil' }));
    index.upsert(doc('remote', { location: 'Remote' }));
    index.upsert(doc('hybrid', { location: 'Berlin / Remote' }));
    // Someone named Berlin is not in Berlin.
    index.upsert(doc('irving', { familyName: 'Berlin', location: 'Toronto, Canada' }));
    const at = (location: string, extra: Partial<IndexQuery> = {}) => ids(found(new IndexSearch(index, viewer('x'), query({ location, ...extra }))));
    expect(at('Berlin')).toEqual(['berlin', 'hybrid']);
    expect(at('germany')).toEqual(['berlin', 'munich']);
    expect(at('Berlin, Germany')).toEqual(['berlin']);
    expect(at('berlin,germany')).toEqual(['berlin']);
    expect(at('United States')).toEqual(['ny', 'sf']);
    expect(at('new york')).toEqual(['ny']);
    expect(at('Sao Paulo')).toEqual(['sp']);
    expect(at('SÃO PAULO')).toEqual(['sp']);
    expect(at('remote')).toEqual(['hybrid', 'remote']);
    // Not a part: a word inside one, or a place nobody is in.
    expect(at('york')).toEqual([]);
    expect(at('Ber')).toEqual([]);
    expect(at('Atlantis')).toEqual([]);
    // With other filters or free text (the keeper's path rather than the place's people).
    expect(at('Germany', { groups: [k8s()] })).toEqual(['berlin']);
    expect(at('united states', { rankingGroups: [k8s()] })).toEqual(['ny']);

    // Kept current: someone who moves leaves the old place and joins the new one.
    index.upsert(doc('munich', { location: 'Paris, France' }));
    expect(at('germany')).toEqual(['berlin']);
    expect(at('France')).toEqual(['munich']);
    index.upsert(doc('sp', { location: null }));
    expect(at('brazil')).toEqual([]);
    index.remove('berlin');
    expect(at('berlin')).toEqual(['hybrid']);
  });

  it('knows the words of active people’s names', () => {
    const index = new PeopleIndex();
    index.upsert(doc('irving', { familyName: 'Berlin', title: 'Sydney office lead' }));
    expect(index.isNameWord('berlin')).toBe(true);
    // A title is not a name.
    expect(index.isNameWord('sydney')).toBe(false);
    index.upsert(doc('irving', { familyName: 'Berlin', status: 'deactivated' }));
    expect(index.isNameWord('berlin')).toBe(false);
  });

  it('answers a one-skill search from a cached ranking that follows every change, with places per viewer', () => {
    const index = new PeopleIndex();
    const hrOnly = { [ProfileField.LOCATION]: FieldVisibility.HR_ONLY };
    index.upsert(doc('a', { location: 'Berlin', skills: [skill('k8s', 3, 60)] }));
    index.upsert(doc('b', { location: 'Paris', fieldVisibility: hrOnly, skills: [skill('k8s', 5, 100)] }));
    const run = (who = viewer('x'), after: { score: number; id: string } | null = null) =>
      new IndexSearch(index, who, query({ groups: [k8s()] })).answer(1, after, SIZES);
    const first = run();
    expect(first.page.map((h) => h.person.id)).toEqual(['b', 'a']);
    expect(first.total).toBe(2);
    expect(first.facets.locations).toEqual([{ value: 'Berlin', count: 1 }]);
    expect(run(viewer('h', ['employee', 'hr'])).facets.locations).toEqual([
      { value: 'Berlin', count: 1 },
      { value: 'Paris', count: 1 },
    ]);
    const b = first.page[0] as IndexHit;
    expect(run(viewer('x'), { score: b.score, id: b.person.id }).page.map((h) => h.person.id)).toEqual(['a']);

    // A change to a holder, a new holder, a holder who leaves: the next answer reflects each.
    index.upsert(doc('a', { location: 'Berlin', skills: [skill('k8s', 5, 120)] }));
    expect(run().page.map((h) => h.person.id)).toEqual(['a', 'b']);
    index.upsert(doc('c', { skills: [skill('k8s', 1, 20)] }));
    expect(run().total).toBe(3);
    index.upsert(doc('c', { status: 'inactive', skills: [skill('k8s', 1, 20)] }));
    index.remove('b');
    expect(run().total).toBe(1);
  });

  it('ranks hundreds of equal scores by id across pages, ids sharing their first characters included', () => {
    const index = new PeopleIndex();
    const everyone: string[] = [];
    // The order key compares the first three characters; these share them in groups.
    for (let i = 0; i < 240; i++) {
      const id = `${['abc', 'abd', 'b00'][i % 3]}${((i * 7919) % 1000).toString().padStart(3, '0')}-${i}`;
      everyone.push(id);
      index.upsert(doc(id, { familyName: 'Zedd' }));
    }
    everyone.sort();
    const sizes = { facet: 10, skills: 10, skillSample: 100 };
    const seen: string[] = [];
    let after: { score: number; id: string } | null = null;
    for (;;) {
      const page: IndexHit[] = new IndexSearch(index, viewer('x'), query({ terms: ['zed'] })).answer(17, after, sizes).page;
      const shown = page.slice(0, 17);
      seen.push(...shown.map((hit) => hit.person.id));
      if (page.length <= 17) break;
      const last = shown.at(-1) as IndexHit;
      after = { score: last.score, id: last.person.id };
    }
    expect(seen).toEqual(everyone);
  });

  it('follows manager changes: a team-only field shows to the new manager and no longer to the old one', () => {
    const index = team();
    const sees = (who: string) => found(new IndexSearch(index, viewer(who), query({ terms: ['sauce'] }))).length === 1;
    expect([sees('lead'), sees('outsider')]).toEqual([true, false]);
    index.upsert(doc('dev', { managerId: 'outsider', bio: 'secret sauce', fieldVisibility: { [ProfileField.BIO]: FieldVisibility.MANAGER_CHAIN_AND_TEAM } }));
    expect([sees('lead'), sees('outsider'), sees('ceo')]).toEqual([false, true, true]);
    // A manager whose only report leaves manages nobody any more.
    index.upsert(doc('solo', { managerId: 'outsider', bio: 'more sauce', fieldVisibility: { [ProfileField.BIO]: FieldVisibility.MANAGER_CHAIN_AND_TEAM } }));
    index.remove('dev');
    expect(sees('outsider')).toBe(true);
    index.remove('solo');
    expect(found(new IndexSearch(index, viewer('outsider'), query({ terms: ['sauce'] })))).toHaveLength(0);
  });

  it('gives each of several searches its own words, run in any order', () => {
    const index = team();
    index.upsert(doc('chef', { headline: 'tomato sauce' }));
    const sauce = new IndexSearch(index, viewer('lead'), query({ terms: ['sauce'] }));
    const tomato = new IndexSearch(index, viewer('lead'), query({ terms: ['tomato', 'sauce'] }));
    expect(ids(found(sauce))).toEqual(['chef', 'dev']);
    // Words rank: the one who has both comes first, the one with only "sauce" still answers.
    expect(found(tomato).map((hit) => hit.person.id)).toEqual(['chef', 'dev']);
    expect(tomato.coverage(index.people.get('chef') as never)).toBe(1);
    expect(ids(found(sauce))).toEqual(['chef', 'dev']);
    expect(tomato.coverage(index.people.get('dev') as never)).toBeLessThan(1);
  });

  it('answers one skill recognised in the text from a cached ranking with the teams of projects that needed it, scored as the general path scores it, per set of visible projects', () => {
    const index = new PeopleIndex();
    for (const [id, level, expertise] of [['ann', 5, 110], ['bob', 2, 40], ['cat', null, 0], ['dan', 3, 60]] as const) {
      index.upsert(doc(id, { skills: level === null ? [] : [skill('k8s', level, expertise)] }));
    }
    const project = (id: string, visibility: ProjectDocument['visibility'], team: NonNullable<ProjectDocument['team']>): ProjectDocument => ({
      id, status: 'completed', title: id, summary: '', description: '', visibility, departmentId: null, ownerId: team[0]?.[0] as string,
      completedAt: NOW, team, skills: ['k8s'], seers: team.map(([personId]) => personId),
    });
    index.upsertProject(project('cluster', 'company', [['cat', 'owner', null], ['bob', 'member', 'SRE']]));
    index.upsertProject(project('secret', 'invite_only', [['dan', 'owner', null]]));
    const text = (who: string) => new IndexSearch(index, viewer(who), query({ rankingGroups: [k8s()] }));
    // The general path's scores for the same question (matches() never takes the cache).
    const general = (search: IndexSearch) => {
      const all = search.matches();
      return new Map(Array.from({ length: all.length }, (_, i) => [(index.byOrd[all.ords[i] as number] as { id: string }).id, all.scores[i]]));
    };
    for (const who of ['ann', 'dan']) {
      const search = text(who);
      const page = found(search);
      const scores = general(text(who));
      expect(new Map(page.map((hit) => [hit.person.id, hit.score]))).toEqual(scores);
      // Holding it at 5, then at 3 (with its points), then owning a project that needed it, then holding it at 2.
      expect(page.map((hit) => hit.person.id)).toEqual(['ann', 'dan', 'cat', 'bob']);
    }
    // Only dan sees his invite-only project; for anyone else he matches as a holder only, and the caches differ.
    expect(found(text('ann')).find((hit) => hit.person.id === 'dan')?.fields).toBe(1 << 5);
    expect(found(text('dan')).find((hit) => hit.person.id === 'dan')?.fields).toBe((1 << 5) | (1 << 6));
    // Its reasons, as the general path gives them, without building the general path's tables.
    const cached = text('ann');
    found(cached);
    const cat = index.people.get('cat') as never;
    expect(cached.matchedProjects(cat).map(({ project, part, fields }) => ({ id: project.id, part, fields }))).toEqual([
      { id: 'cluster', part: 'owner', fields: ['skills'] },
    ]);
    expect(cached.coverage(cat)).toBe(1);
    const generalSearch = text('ann');
    generalSearch.matches();
    expect(generalSearch.matchedProjects(cat).map(({ project, part, fields }) => ({ id: project.id, part, fields }))).toEqual([
      { id: 'cluster', part: 'owner', fields: ['skills'] },
    ]);
    // A project that goes takes its team's matches with it: the cached ranking follows.
    index.removeProject('cluster');
    expect(ids(found(text('ann')))).toEqual(['ann', 'bob', 'dan']);
  });

  it('counts in the top-skills facet only skills held at a level, as they are now', () => {
    const index = new PeopleIndex();
    index.upsert(doc('a', { familyName: 'Kay', skills: [skill('k8s', 3, 60), skill('go', null, 0, 3)] }));
    index.upsert(doc('b', { familyName: 'Kay', skills: [skill('k8s', 4, 80), skill('rust', 2, 30)] }));
    const facet = () => new IndexSearch(index, viewer('x'), query({ terms: ['kay'] })).answer(10, null, SIZES).facets.skills;
    expect(facet()).toEqual([{ id: 'k8s', count: 2 }, { id: 'rust', count: 1 }]);
    index.upsert(doc('b', { familyName: 'Kay', skills: [skill('rust', 2, 30)] }));
    expect(facet()).toEqual([{ id: 'k8s', count: 1 }, { id: 'rust', count: 1 }]);
    expect(facet()).toEqual([{ id: 'k8s', count: 1 }, { id: 'rust', count: 1 }]);
  });
});

describe('the scratch arrays searches share', () => {
  const company = () => {
    const index = new PeopleIndex();
    index.upsert(doc('ada', { headline: 'compilers', skills: [skill('k8s', 4, 80)] }));
    index.upsert(doc('bob', { headline: 'compilers and kernels' }));
    return index;
  };
  /** A query whose skill words call `during` while the search runs (the way an await mid-way would let another request in). */
  const hooked = (during: () => void): IndexQuery => {
    const dictionary = new PrefixDictionary();
    dictionary.startingWith = (term: string) => {
      during();
      return PrefixDictionary.prototype.startingWith.call(dictionary, term);
    };
    return query({ terms: ['compilers'], skillWords: { dictionary, skillsByWord: new Map() } });
  };

  it('refuses a search that starts while another is running, and frees them when the outer one ends', () => {
    const index = company();
    const inner = () => new IndexSearch(index, viewer('x'), query({ groups: [k8s()] })).answer(10, null, SIZES);
    const outer = new IndexSearch(index, viewer('x'), hooked(inner));
    expect(() => outer.answer(10, null, SIZES)).toThrow(/re-entered while another search was running/);
    // The failed search let go: the next ones answer as usual, whichever way they are asked.
    expect(ids(found(new IndexSearch(index, viewer('x'), query({ terms: ['compilers'] }))))).toEqual(['ada', 'bob']);
    expect(ids(inner().page)).toEqual(['ada']);
    expect(new IndexSearch(index, viewer('x'), query({ terms: ['kernels'] })).bestIds(10)).toEqual(['bob']);
  });

  it('refuses re-entry through every way into a search: matches, best ids and a hit\'s coverage', () => {
    const index = company();
    const attempts = [
      () => new IndexSearch(index, viewer('x'), query({ terms: ['kernels'] })).matches(),
      () => new IndexSearch(index, viewer('x'), query({ terms: ['kernels'] })).bestIds(5),
    ];
    for (const attempt of attempts) {
      expect(() => new IndexSearch(index, viewer('x'), hooked(attempt)).bestIds(5)).toThrow(/re-entered/);
    }
    // A question about a hit rebuilds the search's pooled tables, so it takes its turn too.
    const search = new IndexSearch(index, viewer('x'), hooked(() => undefined));
    found(search);
    found(new IndexSearch(index, viewer('x'), query({ terms: ['kernels'] })));
    const nested = new IndexSearch(index, viewer('x'), hooked(() => search.coverage(index.people.get('ada') as never)));
    expect(() => nested.matches()).toThrow(/re-entered/);
  });

  it('fails a search that awaits mid-way while another one runs, and scratch used after a turn ended', async () => {
    // What a search turned async would do: hold its turn across an await, which another request's search then meets.
    const awaiting = async () => {
      scratch.enter();
      try {
        await new Promise((resolve) => setImmediate(resolve));
        return scratch.next(8);
      } finally {
        scratch.leave();
      }
    };
    const results = await Promise.allSettled([awaiting(), awaiting()]);
    expect(results[0]?.status).toBe('fulfilled');
    expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/re-entered/) }) });
    expect(() => scratch.next(8)).toThrow(/used outside a search/);
    expect(ids(found(new IndexSearch(company(), viewer('x'), query({ terms: ['compilers'] }))))).toEqual(['ada', 'bob']);
  });
});
