import { join } from 'node:path';
import { readEscoTaxonomy, sharedDataDir, type EscoTaxonomy } from '@ensemble/api/skills';
import { STARTER_TAXONOMY, singularOf } from '@ensemble/api/skills-data';
import { interpretQuery, type QueryInterpretation } from '../query/interpret';
import {
  buildVocabulary,
  tokenize,
  type CompanyText,
  type Vocabulary,
  type VocabularySkill,
} from '../query/vocabulary';

/**
 * Query understanding on realistic vocabularies: the starter taxonomy as installed (with the aliases
 * earlier versions installed and installations keep: "implementation", "next", "nest"), and the same
 * with the whole of ESCO 1.1.1 imported beside it (from the shared reference data, never copied here).
 */
const LEGACY_STARTER_ALIASES = [
  { skillId: 'customer-onboarding', alias: 'implementation' },
  { skillId: 'nextjs', alias: 'next' },
  { skillId: 'nestjs', alias: 'nest' },
];

function starterRows(): { skills: VocabularySkill[]; aliases: Array<{ skillId: string; alias: string }> } {
  return {
    // Curated skills that people hold (a starter alias beats an imported one, as in the database).
    skills: STARTER_TAXONOMY.map((skill) => ({
      id: skill.key,
      name: skill.name,
      parentId: skill.parent ?? null,
      holderCount: 1,
      curated: true,
      description: skill.description,
    })),
    aliases: [
      ...STARTER_TAXONOMY.flatMap((skill) =>
        (skill.aliases ?? []).map((alias) => ({ skillId: skill.key, alias })),
      ),
      ...LEGACY_STARTER_ALIASES,
    ],
  };
}

function starterVocabulary(companyText: CompanyText | null = null): Vocabulary {
  return buildVocabulary({ ...starterRows(), locations: [{ location: 'Berlin', people: 3 }], companyText });
}

const skillIds = (result: QueryInterpretation) => result.skills.map((skill) => skill.skillId);

/** The demo company's locations (libs/api/demo-data), as people have them. */
const DEMO_LOCATIONS = [
  'London, United Kingdom',
  'New York, United States',
  'San Francisco, United States',
  'Toronto, Canada',
  'Berlin, Germany',
  'Amsterdam, Netherlands',
  'Paris, France',
  'Stockholm, Sweden',
  'Bengaluru, India',
  'Singapore',
  'Tokyo, Japan',
  'São Paulo, Brazil',
  'Lagos, Nigeria',
  'Remote',
].map((location) => ({ location, people: 10 }));

/** Every city and country of the demo company, after "in", is that place and nothing else ("python in Germany"). */
function expectDemoPlaces(read: (text: string) => QueryInterpretation, python: string): void {
  const places = [...new Set(DEMO_LOCATIONS.flatMap(({ location }) => location.split(', ')))];
  for (const place of places) {
    const result = read(`python in ${place}`);
    expect({
      place,
      skills: skillIds(result),
      location: result.location?.value,
      terms: result.terms,
      didYouMean: result.didYouMean,
    }).toEqual({
      place,
      skills: [python],
      location: place,
      terms: [],
      didYouMean: null,
    });
  }
}

describe('query understanding on the starter taxonomy', () => {
  const vocabulary = starterVocabulary();
  const read = (text: string) => interpretQuery(text, vocabulary);

  it('does not turn an alias that is an ordinary English word into a skill on its own', () => {
    for (const text of [
      'payments implementation',
      'SAP implementation',
      'who can help next week',
      'payments security',
      'testing payments',
      'events budget',
    ]) {
      const ordinary = read(text).skills.filter((skill) => skill.matchedText !== 'sap');
      expect({ text, ordinary }).toEqual({ text, ordinary: [] });
    }
    // The words stay words of the text search, in order.
    expect(read('payments implementation')).toMatchObject({
      skills: [],
      terms: ['payments', 'implementation'],
    });
    expect(skillIds(read('SAP implementation'))).toEqual(['erp-systems']);
  });

  it('recognises it when the rest of the query supports it, and says it came from an ordinary word', () => {
    // The whole query (fillers and a place aside).
    for (const text of ['implementation', 'who knows implementation in Berlin', 'Implementations']) {
      expect({ text, skills: read(text).skills }).toEqual({
        text,
        skills: [expect.objectContaining({ skillId: 'customer-onboarding', via: 'alias', commonWord: true })],
      });
    }
    // Another word of the skill (its name, here).
    expect(skillIds(read('customer implementation'))).toEqual(['customer-onboarding']);
    // A skill recognised otherwise that is near it in the taxonomy: a sibling, a cousin, a child.
    expect(skillIds(read('rest graphql'))).toEqual(['rest', 'graphql']);
    expect(read('node react').skills).toEqual([
      expect.objectContaining({ skillId: 'nodejs', commonWord: true }),
      expect.objectContaining({ skillId: 'react', via: 'name' }),
    ]);
    expect(skillIds(read('cloud aws'))).toEqual(['cloud-computing', 'aws']);
    // Each other's words: Event marketing is a child of Marketing strategy.
    expect(skillIds(read('marketing events'))).toEqual(['marketing-strategy', 'event-marketing']);
    // Two ordinary words do not vouch for each other.
    expect(read('cloud security')).toMatchObject({ skills: [], terms: ['cloud', 'security'] });
  });

  it('reads a skill name that is an English word as the skill, except a two-letter one without support', () => {
    expect(skillIds(read('rust swift'))).toEqual(['rust', 'swift']);
    expect(read('react').skills[0]).toMatchObject({ skillId: 'react', via: 'name' });
    expect(read('react').skills[0]?.commonWord).toBeUndefined();
    // "go": alone, beside a sibling language, or as "golang".
    expect(skillIds(read('go'))).toEqual(['go']);
    expect(skillIds(read('go python'))).toEqual(['go', 'python']);
    expect(read('golang').skills[0]?.commonWord).toBeUndefined();
    // Not in an ordinary sentence, and never cut out of a hyphenated word.
    expect(read('go-to person for payments')).toMatchObject({ skills: [], terms: ['go', 'payments'] });
    expect(skillIds(read('where do I go for kafka help'))).toEqual(['kafka']);
    expect(skillIds(read('C-level stakeholder management'))).toEqual(['stakeholder-management']);
    expect(skillIds(read('R&D budget'))).toEqual([]);
    expect(skillIds(read('c programming'))).toEqual(['c']);
    expect(skillIds(read('net revenue'))).toEqual([]);
    expect(skillIds(read('.NET developers'))).toEqual(['dotnet']);
  });

  it('ignores case, hyphens, spacing and plurals, and prefers the longest phrase', () => {
    const same = (texts: string[], id: string) => {
      for (const text of texts)
        expect({ text, skills: skillIds(read(text)) }).toEqual({ text, skills: [id] });
    };
    same(
      [
        'event driven architecture',
        'Event-Driven Architecture',
        'event-driven architectures',
        'EVENT DRIVEN ARCHITECTURE',
      ],
      'event-driven-architecture',
    );
    same(['microservices', 'microservice', 'Micro services', 'micro-service'], 'microservices');
    same(['CI/CD', 'ci cd', 'ci-cd', 'cicd', 'CI / CD', 'Ci-Cd'], 'ci-cd');
    same(['design pattern', 'Design Patterns'], 'design-patterns');
    same(['front end', 'frontend', 'Front-End', 'front-end development'], 'frontend-development');
    same(['node.js', 'Node JS', 'nodejs', 'NodeJS'], 'nodejs');
    same(['large language model', 'LLMs', 'llm'], 'llms');
    same(['database', 'Databases'], 'databases');
    same(['data analyses', 'data analysis'], 'data-analysis');
    same(['ml ops', 'ML-Ops', 'mlops'], 'mlops');
    same(['machine learning', 'Machine-Learning'], 'machine-learning');
    same(['A/B tests', 'a/b testing', 'AB testing'], 'ab-testing');
    // Words the plural rules must leave alone.
    same(['kubernetes', 'Kubernetes'], 'kubernetes');
    same(['aws'], 'aws');
    same(['pandas'], 'pandas');
    same(['redis'], 'redis');
    same(['unix'], 'linux');
    expect(read('less').skills).toEqual([]);
    expect(skillIds(read('deep learning frameworks'))).toEqual(['deep-learning']);
  });

  it('never reads across a filler word when it joins words ("in design" is not InDesign)', () => {
    expect(skillIds(read('good in design'))).toEqual([]);
    expect(skillIds(read('indesign'))).toEqual(['indesign']);
  });

  it('corrects a misspelt skill word, but never an English word or a word of the company’s own text', () => {
    expect(read('kubernetse')).toMatchObject({
      skills: [{ skillId: 'kubernetes', via: 'typo' }],
      didYouMean: 'kubernetes',
    });
    expect(read('event drivn architecture').didYouMean).toBe('event driven architecture');
    // "trust" is a word, not a misspelt Rust.
    expect(read('trust and safety')).toMatchObject({ skills: [], didYouMean: null });
    // A project called Redox is one letter from Redux: corrected only where nobody writes "redox".
    expect(read('redox')).toMatchObject({ skills: [{ skillId: 'redux', via: 'typo' }], didYouMean: 'redux' });
    const company = starterVocabulary({ containsWord: (word) => word === 'redox', isNameWord: () => false });
    expect(interpretQuery('redox', company)).toMatchObject({
      skills: [],
      terms: ['redox'],
      didYouMean: null,
    });
    expect(interpretQuery('redox redux', company).skills.map((skill) => [skill.skillId, skill.via])).toEqual([
      ['redux', 'name'],
    ]);
  });

  it('folds plurals safely', () => {
    expect(
      [
        'technologies',
        'searches',
        'classes',
        'analyses',
        'databases',
        'microservices',
        'boxes',
        'caches',
        'apis',
      ].map(singularOf),
    ).toEqual([
      'technology',
      'search',
      'class',
      'analysis',
      'database',
      'microservice',
      'box',
      'cache',
      'api',
    ]);
    for (const word of [
      'kubernetes',
      'aws',
      'pandas',
      'redis',
      'unix',
      'less',
      'analysis',
      'status',
      'news',
      'canvas',
      'analytics',
      'c#',
      'ops',
    ])
      expect({ word, singular: singularOf(word) }).toEqual({ word, singular: word });
  });

  it('reads the demo company’s cities and countries after "in" as places, never as a language one letter away', () => {
    const withPlaces = buildVocabulary({ ...starterRows(), locations: DEMO_LOCATIONS });
    const readHere = (text: string) => interpretQuery(text, withPlaces);
    expectDemoPlaces(readHere, 'python');
    expect(skillIds(readHere('python germany'))).toEqual(['python']);
    expect(readHere('python germany').location?.value).toBe('Germany');
    // The languages are still skills, wherever the place is.
    const french = readHere('French in France');
    expect([skillIds(french), french.location?.value]).toEqual([['french'], 'France']);
    expect([
      skillIds(readHere('japanese in the netherlands')),
      readHere('japanese in the netherlands').location?.value,
    ]).toEqual([['japanese'], 'Netherlands']);
    expect(skillIds(readHere('german'))).toEqual(['german']);
    // The search page's examples.
    for (const [text, skill, place] of [
      ['kubernetes in Berlin', 'kubernetes', 'Berlin'],
      ['design in London', null, 'London'],
    ] as const) {
      const result = readHere(text);
      expect(result.location?.value).toBe(place);
      if (skill) expect(skillIds(result)).toEqual([skill]);
    }
  });

  it('splits words as it matches them: hyphens, slashes and dots between letters, but not ".net" or "c++"', () => {
    expect(tokenize('Event-Driven CI/CD on Node.js, .NET and C++ (v3.5)...')).toEqual([
      'event',
      'driven',
      'ci',
      'cd',
      'on',
      'node',
      'js',
      '.net',
      'and',
      'c++',
      'v3.5',
    ]);
  });
});

describe('query understanding with ESCO imported beside the starter taxonomy', () => {
  let esco: EscoTaxonomy;
  let vocabulary: Vocabulary;
  const read = (text: string) => interpretQuery(text, vocabulary);

  beforeAll(async () => {
    esco = await readEscoTaxonomy(join(sharedDataDir(), 'esco-1.1.1'));
    const starter = starterRows();
    vocabulary = buildVocabulary({
      skills: [
        ...starter.skills,
        ...esco.entries.map((entry) => ({
          id: entry.key,
          name: entry.name,
          parentId: entry.parentKey,
          holderCount: 0,
          curated: false,
          description: entry.description,
        })),
      ],
      aliases: [
        ...starter.aliases,
        ...esco.entries.flatMap((entry) => entry.aliases.map((alias) => ({ skillId: entry.key, alias }))),
      ],
      locations: DEMO_LOCATIONS,
    });
  }, 120_000);

  it('reads the demo company’s cities and countries after "in" as places among ESCO’s languages too', () => {
    const python = skillIds(read('python'));
    expect(python).toHaveLength(1);
    expectDemoPlaces(read, python[0] as string);
  });

  it('leaves out one-word labels that are ordinary words naming something else', () => {
    expect(esco.stats.commonWordLabelsDropped).toBeGreaterThan(150);
    const aliasesOf = (name: string) => esco.entries.find((entry) => entry.name === name)?.aliases ?? [];
    expect(aliasesOf('statistics')).not.toContain('data');
    expect(aliasesOf('computer technology')).not.toContain('IT');
    expect(aliasesOf('think creatively')).not.toContain('design');
    // A word of the concept's own label stays (and still needs support in a query).
    expect(aliasesOf('Python (computer programming)')).toContain('Python');
  });

  it('does not misfire on ordinary words, and still finds skills by their names', () => {
    for (const text of [
      'data',
      'IT support',
      'design review',
      'lead payments',
      'reporting line',
      'security team',
    ]) {
      expect({ text, skills: read(text).skills }).toEqual({ text, skills: [] });
    }
    expect(skillIds(read('python'))).toEqual(['python']);
    expect(skillIds(read('event-driven architectures'))).toEqual(['event-driven-architecture']);
    expect(skillIds(read('kubernetse'))).toEqual(['kubernetes']);
    // With support, an ESCO label that is a word of the skill's own label: "lead" and "team".
    expect(read('lead the payments team').skills).toEqual([
      expect.objectContaining({ name: 'lead others', commonWord: true }),
    ]);
  });

  it('reads an imported name that is an ordinary word like an alias (O*NET names products Forth, Square, Route)', () => {
    const onet = buildVocabulary({
      skills: [
        {
          id: 'forth',
          name: 'Forth',
          parentId: 'languages',
          holderCount: 0,
          curated: false,
          description: 'Object or component oriented development software.',
        },
        {
          id: 'languages',
          name: 'Object or component oriented development software',
          parentId: null,
          holderCount: 0,
          curated: false,
        },
        { id: 'c', name: 'C', parentId: null, holderCount: 0, curated: true },
      ],
      aliases: [],
      locations: [],
    });
    expect(skillIds(interpretQuery('back and forth', onet))).toEqual([]);
    expect(skillIds(interpretQuery('forth', onet))).toEqual(['forth']);
  });
});
