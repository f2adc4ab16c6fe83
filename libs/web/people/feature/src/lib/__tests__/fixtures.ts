import type {
  MyProfileResult,
  PersonProfile,
  PersonSkillDetails,
  PersonSummary,
  SkillLevelsResult,
} from '@ensemble/web/people/data-access';

export function summary(
  id: string,
  givenName: string,
  familyName: string,
  title: string | null = null,
): PersonSummary {
  return {
    id,
    givenName,
    familyName,
    displayName: `${givenName} ${familyName}`,
    title,
    avatarUrl: null,
    department: { id: 'd-eng', name: 'Engineering' },
  };
}

export function personSkill(
  id: string,
  name: string,
  category: string,
  overrides: Partial<PersonSkillDetails> = {},
): PersonSkillDetails {
  return {
    skill: { id, name, category, status: 'ACTIVE' },
    level: 3,
    levelDescription: 'Proficient: Handles most situations, including unusual ones, independently.',
    years: null,
    interest: 0,
    interestDescription: 'Neutral: No particular interest either way.',
    wantsToGrow: false,
    endorsementCount: 0,
    endorsedByViewer: false,
    topEndorsers: [],
    endorsements: [],
    ...overrides,
  };
}

export const typescript = personSkill('s-ts', 'TypeScript', 'engineering', {
  level: 4,
  levelDescription: 'Advanced: Tackles the hard problems and coaches others.',
  years: 6,
  interest: 3,
  interestDescription: 'Passion: Would love to spend much of their time on it.',
  endorsementCount: 4,
  topEndorsers: [
    { id: 'p-alan', displayName: 'Alan Turing', title: 'VP Engineering', avatarUrl: null, level: 5 },
    { id: 'p-kath', displayName: 'Katherine Johnson', title: null, avatarUrl: null, level: 3 },
  ],
  endorsements: [
    {
      id: 'e1',
      note: 'Rewrote our build in a weekend.',
      evidenceProjectId: null,
      createdAt: '2026-01-02T10:00:00Z',
      endorser: { id: 'p-alan', displayName: 'Alan Turing' },
    },
    {
      id: 'e2',
      note: null,
      evidenceProjectId: null,
      createdAt: '2026-01-01T10:00:00Z',
      endorser: { id: 'p-kath', displayName: 'Katherine Johnson' },
    },
  ],
});
export const compilers = personSkill('s-compilers', 'Compilers', 'engineering', { level: 5 });
export const english = personSkill('s-en', 'English', 'languages', {
  level: 5,
  levelDescription: 'Expert: A recognised authority: others seek their advice.',
});
export const rust = personSkill('s-rust', 'Rust', 'engineering', {
  level: null,
  levelDescription: null,
  interest: 2,
  interestDescription: 'Keen: Actively looks for work that uses it.',
  wantsToGrow: true,
});

export const grace: PersonProfile = {
  ...summary('p-grace', 'Grace', 'Hopper', 'Staff Engineer'),
  email: 'grace.hopper@example.com',
  headline: 'Compiler pioneer',
  location: 'Arlington',
  timeZone: 'America/New_York',
  bio: 'Compilers, COBOL and nanoseconds.',
  spokenLanguages: [{ language: 'en', proficiency: 'NATIVE' }],
  links: [{ label: 'Blog', url: 'https://grace.example.com' }],
  hoursPerWeekAvailable: 6,
  openToProjects: true,
  passions: ['Teaching', 'Nanoseconds'],
  askMeAbout: ['COBOL'],
  // Nearest manager first, as the API returns it.
  managerChain: [
    summary('p-alan', 'Alan', 'Turing', 'VP Engineering'),
    summary('p-ada', 'Ada', 'Lovelace', 'CEO'),
  ],
  directReports: [summary('p-kath', 'Katherine', 'Johnson'), summary('p-marg', 'Margaret', 'Hamilton')],
  directReportCount: 2,
  skills: [typescript, compilers, rust, english],
};

/** Grace as "My profile" loads her: every field, who may see each, and completeness. */
export const graceAsViewer: MyProfileResult['viewer'] = {
  ...grace,
  headline: null,
  passions: [],
  askMeAbout: [],
  myFieldVisibility: [
    { field: 'HEADLINE', visibility: 'EVERYONE' },
    { field: 'BIO', visibility: 'EVERYONE' },
    { field: 'LOCATION', visibility: 'EVERYONE' },
    { field: 'TIME_ZONE', visibility: 'EVERYONE' },
    { field: 'SPOKEN_LANGUAGES', visibility: 'EVERYONE' },
    { field: 'LINKS', visibility: 'EVERYONE' },
    { field: 'HOURS_PER_WEEK_AVAILABLE', visibility: 'MANAGER_CHAIN_AND_TEAM' },
    { field: 'OPEN_TO_PROJECTS', visibility: 'EVERYONE' },
    { field: 'PASSIONS', visibility: 'EVERYONE' },
    { field: 'ASK_ME_ABOUT', visibility: 'EVERYONE' },
  ],
  profileCompleteness: {
    percent: 65,
    nextStep: { field: 'headline', hint: 'Add a headline so people know what you do.' },
    nextSteps: [
      { field: 'headline', hint: 'Add a headline so people know what you do.' },
      { field: 'passions', hint: 'Add a few passions so people who share them can find you.' },
    ],
  },
};

export const scales: SkillLevelsResult = {
  skillLevels: [
    { level: 1, name: 'Learning', description: 'Can contribute with guidance.' },
    { level: 2, name: 'Working', description: 'Handles routine work on their own.' },
    {
      level: 3,
      name: 'Proficient',
      description: 'Handles most situations, including unusual ones, independently.',
    },
    { level: 4, name: 'Advanced', description: 'Tackles the hard problems and coaches others.' },
    { level: 5, name: 'Expert', description: 'A recognised authority: others seek their advice.' },
  ],
  interestLevels: [
    { interest: 0, name: 'Neutral', description: 'No particular interest either way.' },
    { interest: 1, name: 'Curious', description: 'Enjoys it and is happy to do more of it.' },
    { interest: 2, name: 'Keen', description: 'Actively looks for work that uses it.' },
    { interest: 3, name: 'Passion', description: 'Would love to spend much of their time on it.' },
  ],
};

export const departments = [
  { id: 'd-eng', name: 'Engineering', memberCount: 40 },
  { id: 'd-ops', name: 'Operations', memberCount: 12 },
];
