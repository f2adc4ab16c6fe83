import { correctWord, interpretQuery, withinOneEdit } from '../query/interpret';
import { buildVocabulary } from '../query/vocabulary';

const vocabulary = buildVocabulary({
  skills: [
    { id: 'k8s', name: 'Kubernetes', parentId: 'cloud', holderCount: 50 },
    { id: 'cloud', name: 'Cloud computing', parentId: null, holderCount: 80 },
    { id: 'sec', name: 'Security', parentId: null, holderCount: 30 },
    { id: 'ml', name: 'Machine learning', parentId: null, holderCount: 40 },
    { id: 'mlops', name: 'Machine learning operations', parentId: 'ml', holderCount: 5 },
    { id: 'go', name: 'Go', parentId: null, holderCount: 20 },
    { id: 'js', name: 'JavaScript', parentId: null, holderCount: 90 },
  ],
  aliases: [
    { skillId: 'k8s', alias: 'k8s' },
    { skillId: 'go', alias: 'golang' },
    { skillId: 'js', alias: 'JS' },
  ],
  locations: [
    { location: 'Berlin', people: 10 },
    { location: 'São Paulo', people: 4 },
  ],
});

describe('interpretQuery', () => {
  it('splits a query into skills, a location and the remaining words', () => {
    const result = interpretQuery('kubernetes security in Berlin who loves mentoring', vocabulary);
    expect(result.skills.map((skill) => [skill.skillId, skill.via])).toEqual([
      ['k8s', 'name'],
      ['sec', 'name'],
    ]);
    expect(result.location).toEqual({ value: 'Berlin', matchedText: 'berlin' });
    expect(result.terms).toEqual(['mentoring']);
    expect(result.passion).toBe(true);
    expect(result.didYouMean).toBeNull();
  });

  it('resolves aliases to their skill', () => {
    const result = interpretQuery('K8S and golang', vocabulary);
    expect(result.skills.map((skill) => [skill.name, skill.via, skill.matchedText])).toEqual([
      ['Kubernetes', 'alias', 'k8s'],
      ['Go', 'alias', 'golang'],
    ]);
  });

  it('corrects a one-typo skill word and says what it meant', () => {
    const result = interpretQuery('kubernetse', vocabulary);
    expect(result.skills).toEqual([{ skillId: 'k8s', name: 'Kubernetes', matchedText: 'kubernetse', via: 'typo' }]);
    expect(result.didYouMean).toBe('kubernetes');
    expect(interpretQuery('machne learning', vocabulary).skills[0]?.skillId).toBe('ml');
  });

  it('prefers the longest phrase', () => {
    expect(interpretQuery('machine learning operations', vocabulary).skills.map((s) => s.skillId)).toEqual(['mlops']);
  });

  it('leaves names alone: a word is corrected only when that completes a skill', () => {
    const result = interpretQuery('Jonh Smiht', vocabulary);
    expect(result.skills).toEqual([]);
    expect(result.terms).toEqual(['jonh', 'smiht']);
    expect(result.didYouMean).toBeNull();
  });

  it('recognises multi-word and accented locations', () => {
    expect(interpretQuery('designers in são paulo', vocabulary).location?.value).toBe('São Paulo');
  });

  it('ignores punctuation and tsquery metacharacters', () => {
    const result = interpretQuery("o'brien & | ! :* \\ js", vocabulary);
    expect(result.skills.map((skill) => skill.skillId)).toEqual(['js']);
    expect(result.terms.every((term) => /^[\p{L}\p{N}+#./-]+$/u.test(term))).toBe(true);
  });

  it('keeps at most eight terms and no duplicates', () => {
    const result = interpretQuery('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 a1', vocabulary);
    expect(result.terms).toHaveLength(8);
  });
});

describe('one-edit matching', () => {
  it.each([
    ['kubernetes', 'kubernetes', true],
    ['kubernets', 'kubernetes', true],
    ['kubernetees', 'kubernetes', true],
    ['kubernetas', 'kubernetes', true],
    ['kubernetse', 'kubernetes', true],
    ['kubrenetse', 'kubernetes', false],
    ['kube', 'kubernetes', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  it('corrects only unknown words of four letters or more', () => {
    expect(correctWord('securty', vocabulary)).toBe('security');
    expect(correctWord('goo', vocabulary)).toBe('goo');
    expect(correctWord('security', vocabulary)).toBe('security');
  });
});

describe('places', () => {
  const names = new Set(['sydney', 'smith']);
  const places = buildVocabulary({
    skills: [
      { id: 'k8s', name: 'Kubernetes', parentId: null, holderCount: 50 },
      { id: 'py', name: 'Python', parentId: null, holderCount: 60 },
      { id: 'de', name: 'German', parentId: 'lang', holderCount: 12 },
      { id: 'lang', name: 'Languages', parentId: null, holderCount: 0 },
      { id: 'java', name: 'Java', parentId: null, holderCount: 40 },
      { id: 'design', name: 'Design', parentId: null, holderCount: 30 },
    ],
    aliases: [],
    locations: [
      { location: 'Berlin, Germany', people: 9 },
      { location: 'Munich, Germany', people: 2 },
      { location: 'London, United Kingdom', people: 14 },
      { location: 'Reading, United Kingdom', people: 1 },
      { location: 'New York, United States', people: 12 },
      { location: 'São Paulo, Brazil', people: 4 },
      { location: 'Sydney, Australia', people: 3 },
      { location: 'Java, Indonesia', people: 1 },
      { location: 'Remote', people: 15 },
    ],
    companyText: { containsWord: () => false, isNameWord: (word) => names.has(word) },
  });
  const read = (text: string) => {
    const result = interpretQuery(text, places);
    return { skills: result.skills.map((skill) => skill.skillId), place: result.location, terms: result.terms };
  };

  it('recognises a city, a country and Remote from people’s locations, in any case', () => {
    expect(read('kubernetes in Berlin')).toEqual({ skills: ['k8s'], place: { value: 'Berlin', matchedText: 'berlin' }, terms: [] });
    expect(read('design in LONDON')).toEqual({ skills: ['design'], place: { value: 'London', matchedText: 'london' }, terms: [] });
    expect(read('kubernetes from germany').place?.value).toBe('Germany');
    expect(read('remote python')).toEqual({ skills: ['py'], place: { value: 'Remote', matchedText: 'remote' }, terms: [] });
    expect(read('python based in Berlin').place?.value).toBe('Berlin');
    // The whole location still names it.
    expect(read('kubernetes in Berlin, Germany').place).toEqual({ value: 'Berlin, Germany', matchedText: 'berlin germany' });
  });

  it('recognises names of several words, with or without their accents', () => {
    expect(read('kubernetes in New York').place).toEqual({ value: 'New York', matchedText: 'new york' });
    expect(read('python in the united kingdom').place?.value).toBe('United Kingdom');
    expect(read('designers in sao paulo').place).toEqual({ value: 'São Paulo', matchedText: 'sao paulo' });
    expect(read('designers in São Paulo').place?.value).toBe('São Paulo');
    // Not a part of a name: "york" alone, or "new" alone.
    expect(read('new kubernetes york')).toEqual({ skills: ['k8s'], place: null, terms: ['new', 'york'] });
  });

  it('makes a country after "in" a place, never a language skill one letter away', () => {
    // "germany" is one letter from German: it is neither corrected into it nor read as it.
    expect(read('python in Germany')).toEqual({ skills: ['py'], place: { value: 'Germany', matchedText: 'germany' }, terms: [] });
    expect(interpretQuery('python in Germany', places).didYouMean).toBeNull();
    expect(read('python germany').place?.value).toBe('Germany');
    // The language itself is still the skill, and can be asked for in a place.
    expect(read('German in Berlin')).toEqual({ skills: ['de'], place: { value: 'Berlin', matchedText: 'berlin' }, terms: [] });
    expect(read('german')).toEqual({ skills: ['de'], place: null, terms: [] });
  });

  it('prefers the place to a skill of the same name after "in", the skill elsewhere', () => {
    expect(read('people in Java')).toEqual({ skills: [], place: { value: 'Java', matchedText: 'java' }, terms: [] });
    expect(read('java in Berlin')).toEqual({ skills: ['java'], place: { value: 'Berlin', matchedText: 'berlin' }, terms: [] });
    expect(read('java developers')).toEqual({ skills: ['java'], place: null, terms: ['developers'] });
  });

  it('reads a bare ordinary word or a colleague’s name as words, and as a place only after "in"', () => {
    expect(read('reading groups')).toEqual({ skills: [], place: null, terms: ['reading', 'groups'] });
    expect(read('python in Reading').place?.value).toBe('Reading');
    expect(read('sydney smith')).toEqual({ skills: [], place: null, terms: ['sydney', 'smith'] });
    expect(read('kubernetes in Sydney').place?.value).toBe('Sydney');
    // A place nobody is in is a word like any other.
    expect(read('python in Atlantis')).toEqual({ skills: ['py'], place: null, terms: ['atlantis'] });
  });

  it('takes one place: a second is searched as words', () => {
    expect(read('python in Berlin or London')).toEqual({ skills: ['py'], place: { value: 'Berlin', matchedText: 'berlin' }, terms: ['london'] });
  });

  it('spells a place as most people do', () => {
    const vocabulary = buildVocabulary({
      skills: [],
      aliases: [],
      locations: [
        { location: 'berlin', people: 1 },
        { location: 'Berlin, Germany', people: 5 },
      ],
    });
    expect(interpretQuery('in berlin', vocabulary).location?.value).toBe('Berlin');
  });
});
