import { buildEscoTaxonomy, type EscoConcept } from '../import/esco-importer';
import { buildOnetTaxonomy, type OnetTechnologyRow } from '../import/onet-importer';

const skill = (
  uri: string,
  label: string,
  altLabels: string[] = [],
  skillType = 'skill/competence',
): EscoConcept => ({
  uri,
  kind: 'skill',
  label,
  altLabels,
  description: `About ${label}.`,
  skillType,
});
const group = (uri: string, label: string, altLabels: string[] = []): EscoConcept => ({
  uri,
  kind: 'group',
  label,
  altLabels,
  description: null,
});

describe('ESCO taxonomy building', () => {
  const { entries, stats } = buildEscoTaxonomy(
    [
      skill('s:haskell', 'Haskell', ['Haskell programming'], 'knowledge'),
      skill('s:programming', 'computer programming'),
      skill('s:maths', 'mathematics', [], 'knowledge'),
      skill('s:typeless', 'ICT safety', [], ''),
    ],
    [
      group('g:root', 'skills'),
      group('g:moving', 'handling and moving'),
      group('g:moving.0', 'handling and moving', ['moving things']),
      group('g:software', 'software development'),
      group('g:maths', 'Mathematics'),
      group('g:science', 'natural sciences'),
    ],
    [
      { uri: 'g:moving', broaderUri: 'g:root' },
      { uri: 'g:moving.0', broaderUri: 'g:moving' },
      { uri: 'g:software', broaderUri: 'g:moving.0' },
      { uri: 's:haskell', broaderUri: 'g:software' },
      { uri: 's:haskell', broaderUri: 's:programming' },
      { uri: 's:maths', broaderUri: 'g:maths' },
      { uri: 'g:maths', broaderUri: 'g:science' },
      { uri: 's:typeless', broaderUri: 'g:unknown' },
    ],
  );
  const entry = (key: string) => entries.find((candidate) => candidate.key === key);

  it('prefers a broader skill over a group as the parent', () => {
    expect(entry('s:haskell')?.parentKey).toBe('s:programming');
    expect(entry('s:haskell')?.category).toBe('knowledge');
    expect(entry('s:haskell')?.aliases).toEqual(['Haskell programming']);
  });

  it('folds a group into its same-named parent group, moving its children and labels there', () => {
    expect(entry('g:moving.0')).toBeUndefined();
    expect(entry('g:software')?.parentKey).toBe('g:moving');
    expect(entry('g:moving')?.aliases).toEqual(['handling and moving', 'moving things']);
    expect(entry('g:moving')?.category).toBe('skill group');
  });

  it('folds a group into the skill of the same name, which takes over the group’s parent', () => {
    expect(entry('g:maths')).toBeUndefined();
    expect(entry('s:maths')?.parentKey).toBe('g:science');
  });

  it('counts what it read and folded, ignores unknown broader concepts, and files typeless skills as skill/competence', () => {
    expect(stats).toEqual({
      skills: 4,
      groups: 6,
      groupsFolded: 2,
      unknownBroader: 1,
      commonWordLabelsDropped: 0,
    });
    expect(entry('s:typeless')).toMatchObject({ parentKey: null, category: 'skill/competence' });
  });
});

describe('ESCO alternative labels', () => {
  it('leaves out one-word labels that are ordinary English words naming something else, and keeps the rest', () => {
    const { entries, stats, droppedLabels } = buildEscoTaxonomy(
      [
        skill('s:stats', 'statistics', ['data', 'statistical analysis', 'stats']),
        skill('s:tech', 'computer technology', ['IT', 'computers', 'ICT']),
        skill('s:python', 'Python (computer programming)', ['Python', 'Python 3']),
        skill('s:lead', 'lead others', ['lead', 'Leads', 'team leading']),
      ],
      [],
      [],
    );
    const aliasesOf = (key: string) => entries.find((entry) => entry.key === key)?.aliases;
    expect(aliasesOf('s:stats')).toEqual(['statistical analysis', 'stats']);
    // "computers" is a word of the label in the singular; "ICT" is not an ordinary word.
    expect(aliasesOf('s:tech')).toEqual(['computers', 'ICT']);
    expect(aliasesOf('s:python')).toEqual(['Python', 'Python 3']);
    expect(aliasesOf('s:lead')).toEqual(['lead', 'Leads', 'team leading']);
    expect(droppedLabels).toEqual([
      { label: 'data', concept: 'statistics' },
      { label: 'IT', concept: 'computer technology' },
    ]);
    expect(stats.commonWordLabelsDropped).toBe(2);
  });
});

describe('O*NET taxonomy building', () => {
  const row = (
    occupation: string,
    example: string,
    code: string,
    title: string,
    hot = false,
  ): OnetTechnologyRow => ({
    occupation,
    example,
    commodityCode: code,
    commodityTitle: title,
    hot,
    inDemand: false,
  });
  const { entries, stats } = buildOnetTaxonomy([
    row('11-1', 'Microsoft Excel', '43232110', 'Spreadsheet software', true),
    row('11-2', 'Microsoft Excel', '43232110', 'Spreadsheet software'),
    row('11-3', 'Atlassian JIRA', '43232201', 'Content workflow software'),
    row('11-4', 'Atlassian JIRA', '43232201', 'Content workflow software'),
    row('11-5', 'Atlassian JIRA', '43231507', 'Project management software'),
    row('11-6', 'Spreadsheet software', '43232110', 'Spreadsheet software'),
  ]);

  it('makes one skill per product under its most used class, and a skill per class', () => {
    expect(stats).toEqual({ rows: 6, commodities: 3, products: 2, productsFoldedIntoClasses: 1 });
    expect(entries.map((entry) => entry.key)).toEqual([
      'onet:commodity/43231507',
      'onet:commodity/43232110',
      'onet:commodity/43232201',
      'onet:example/atlassian-jira',
      'onet:example/microsoft-excel',
    ]);
    expect(entries.find((entry) => entry.name === 'Atlassian JIRA')?.parentKey).toBe(
      'onet:commodity/43232201',
    );
    expect(entries.find((entry) => entry.name === 'Microsoft Excel')?.description).toBe(
      'Spreadsheet software, listed for 2 occupations in O*NET; a hot technology.',
    );
  });
});
