import type { PersonProfile, PersonSummary } from '@ensemble/web/people/data-access';

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

export const grace: PersonProfile = {
  ...summary('p-grace', 'Grace', 'Hopper', 'Staff Engineer'),
  email: 'grace.hopper@example.com',
  location: 'Arlington',
  bio: 'Compilers, COBOL and nanoseconds.',
  // Nearest manager first, as the API returns it.
  managerChain: [
    summary('p-alan', 'Alan', 'Turing', 'VP Engineering'),
    summary('p-ada', 'Ada', 'Lovelace', 'CEO'),
  ],
  directReports: [summary('p-kath', 'Katherine', 'Johnson'), summary('p-marg', 'Margaret', 'Hamilton')],
  directReportCount: 2,
};

export const departments = [
  { id: 'd-eng', name: 'Engineering', memberCount: 40 },
  { id: 'd-ops', name: 'Operations', memberCount: 12 },
];
