import {
  asksForPassion,
  containsPhrase,
  containsWord,
  removePassionWords,
  removePhrase,
  removeWord,
} from '../query-edit';
import { readCriteria, sameCriteria, toSearchInput, writeCriteria, EMPTY_CRITERIA } from '../search-params';

describe('query editing', () => {
  it('removes a skill phrase as typed, whatever its case and punctuation', () => {
    expect(removePhrase('Machine Learning, in Berlin', 'machine learning')).toBe('in Berlin');
    expect(removePhrase('k8s and Go', 'go')).toBe('k8s and');
    expect(removePhrase('who knows C++', 'c++')).toBe('who knows');
    expect(removePhrase('python', 'ruby')).toBe('python');
  });

  it('removes a place with the words that made it one', () => {
    expect(removePhrase('kubernetes in Berlin', 'berlin', { withPreposition: true })).toBe('kubernetes');
    expect(removePhrase('designers based in São Paulo', 'são paulo', { withPreposition: true })).toBe(
      'designers',
    );
    expect(removePhrase('python in the Netherlands', 'netherlands', { withPreposition: true })).toBe(
      'python',
    );
    expect(removePhrase('remote python', 'remote', { withPreposition: true })).toBe('python');
    // "the" alone is no preposition: it stays.
    expect(removePhrase('the Netherlands office', 'netherlands', { withPreposition: true })).toBe(
      'the office',
    );
  });

  it('keeps the rest of a chunk that held several words', () => {
    expect(removePhrase('k8s,berlin', 'berlin')).toBe('k8s');
    expect(removePhrase('kafka/rabbitmq experts', 'kafka')).toBe('rabbitmq experts');
  });

  it('splits words as the API does: hyphens, slashes and dots between letters', () => {
    expect(containsPhrase('Event-Driven Architecture', 'event driven architecture')).toBe(true);
    expect(removePhrase('Event-Driven Architecture in Berlin', 'event driven architecture')).toBe(
      'in Berlin',
    );
    expect(removePhrase('CI/CD and Node.js', 'ci cd')).toBe('and Node.js');
    expect(removePhrase('CI/CD and Node.js', 'node js')).toBe('CI/CD and');
    expect(containsPhrase('.NET developers', '.net')).toBe(true);
    expect(containsPhrase('net revenue', '.net')).toBe(false);
  });

  it('finds and removes passion words and plain words', () => {
    expect(asksForPassion('who LOVES design')).toBe(true);
    expect(asksForPassion('design')).toBe(false);
    expect(removePassionWords('who loves design, passionate')).toBe('who design,');
    expect(containsWord('Platform team', 'platform')).toBe(true);
    expect(removeWord('platform Platform team', 'platform')).toBe('team');
    expect(containsPhrase('Kubernetes in Berlin', 'in berlin')).toBe(true);
    expect(containsPhrase('Kubernetes Berlin in', 'in berlin')).toBe(false);
  });
});

describe('search parameters', () => {
  it('round-trips a search through the URL', () => {
    const criteria = {
      query: 'kubernetes ',
      skills: [{ skillId: 's1', minLevel: 3 }],
      departmentIds: ['d1', 'd2'],
      location: 'Berlin, Germany',
      minHoursPerWeek: 8,
      openToProjects: true,
      passions: ['climate'],
    };
    expect(readCriteria(writeCriteria(criteria))).toEqual(criteria);
    expect(toSearchInput(criteria)).toEqual({
      query: 'kubernetes',
      skills: [{ skillId: 's1', minLevel: 3 }],
      departmentIds: ['d1', 'd2'],
      location: 'Berlin, Germany',
      minHoursPerWeek: 8,
      openToProjects: true,
      passions: ['climate'],
    });
  });

  it('drops what the API would refuse', () => {
    const params = new URLSearchParams('q=&skill=s1:9&skill=s1:2&skill=:3&hours=41&open=maybe&dept=');
    expect(readCriteria(params)).toEqual({ ...EMPTY_CRITERIA, skills: [{ skillId: 's1', minLevel: 5 }] });
    expect(toSearchInput(readCriteria(new URLSearchParams('q=%20%20')))).toBeNull();
  });

  it('compares searches regardless of order and case', () => {
    expect(
      sameCriteria(
        { ...EMPTY_CRITERIA, query: 'Kubernetes  in Berlin', departmentIds: ['b', 'a'] },
        { ...EMPTY_CRITERIA, query: 'kubernetes in berlin', departmentIds: ['a', 'b'] },
      ),
    ).toBe(true);
    expect(sameCriteria({ ...EMPTY_CRITERIA, query: 'a' }, { ...EMPTY_CRITERIA, query: 'b' })).toBe(false);
  });
});
