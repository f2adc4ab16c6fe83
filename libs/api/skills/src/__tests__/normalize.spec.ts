import {
  adjacentSwaps,
  cleanSkillName,
  escapeLike,
  normalizeSkillName,
  skillSlug,
} from '../taxonomy/normalize';
import { autocompleteStatement, matchOfTier } from '../taxonomy/autocomplete';

describe('skill name normalisation', () => {
  it('lower-cases, trims and collapses every kind of whitespace', () => {
    expect(normalizeSkillName('  Machine\tLearning \n')).toBe('machine learning');
    expect(normalizeSkillName('Data\u00a0\u00a0Science')).toBe('data science');
    expect(normalizeSkillName('ÉCLAIR')).toBe('éclair');
  });

  it('folds compatibility forms (full-width letters, ligatures) but keeps punctuation that tells skills apart', () => {
    expect(normalizeSkillName('ＪａｖａＳｃｒｉｐｔ')).toBe('javascript');
    expect(normalizeSkillName('Oﬃce')).toBe('office');
    expect(['C', 'C++', 'C#'].map(normalizeSkillName)).toEqual(['c', 'c++', 'c#']);
  });

  it('cleans display names without changing their case', () => {
    expect(cleanSkillName('  Kubernetes   Operators ')).toBe('Kubernetes Operators');
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('lists the spellings one swap away', () => {
    expect(adjacentSwaps('abc')).toEqual(['bac', 'acb']);
    expect(adjacentSwaps('aab')).toEqual(['aba']);
    expect(adjacentSwaps('pyhton')).toContain('python');
  });

  it('makes readable, distinct slugs', () => {
    expect(skillSlug('Node.js')).toBe('node.js');
    expect(skillSlug('Microsoft  Excel')).toBe('microsoft-excel');
    expect(new Set(['C', 'C++', 'C#'].map(skillSlug)).size).toBe(3);
  });
});

describe('autocomplete statement', () => {
  const values = (term: string) => autocompleteStatement(term, 10).values;

  it('turns off typo matching below four characters and alias prefixes below three', () => {
    const [, prefix, word, typos, swaps, , prefixTypos, aliasPrefix] = values('js');
    expect({ prefix, word, typos, swaps, prefixTypos, aliasPrefix }).toEqual({
      prefix: 'js%',
      word: null,
      typos: false,
      swaps: [],
      prefixTypos: false,
      aliasPrefix: null,
    });
  });

  it('searches typo candidates by the first half, the swap across halves and the reversed second half', () => {
    const v = values('kubernetse');
    expect(v[5]).toBe('kuber%');
    expect(v[10]).toBe('kuben%');
    expect(v[11]).toBe('esten%');
    expect(v[4]).toContain('kubernetes');
    expect(v[8]).toBe(10);
    expect(v[9]).toBe(30);
  });

  it('treats wildcards in the search as plain characters', () => {
    expect(values('100%')[1]).toBe('100\\%%');
  });

  it('maps tiers to match kinds', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(matchOfTier)).toEqual([
      'exact',
      'alias',
      'prefix',
      'alias',
      'word',
      'fuzzy',
      'fuzzy',
    ]);
  });
});
