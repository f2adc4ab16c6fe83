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
