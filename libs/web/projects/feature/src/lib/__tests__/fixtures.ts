import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import type {
  ApplicationView,
  ProjectCard,
  ProjectResult,
  ProjectRoleView,
  RecommendedRolesResult,
  RoleSkillFit,
} from '@ensemble/web/projects/data-access';

export const PROJECT_ID = 'a0000000-0000-4000-8000-000000000001';
export const ROLE_OPEN = 'b0000000-0000-4000-8000-000000000001';
export const ROLE_APPLY = 'b0000000-0000-4000-8000-000000000002';
export const PYTHON = 'c0000000-0000-4000-8000-000000000001';
export const KUBERNETES = 'c0000000-0000-4000-8000-000000000002';

export function errorWithCode(code: string, message = 'Failed.', extensions: Record<string, unknown> = {}) {
  return new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
  });
}

export function person(index: number) {
  return {
    __typename: 'Person' as const,
    id: `p0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    displayName: `Person ${index}`,
    givenName: 'Person',
    familyName: String(index),
    title: index === 1 ? 'Data Engineer' : null,
    avatarUrl: null,
    department: {
      __typename: 'Department' as const,
      id: 'd0000000-0000-4000-8000-000000000001',
      name: 'Platform',
    },
  };
}

export function fit(overrides: Partial<RoleSkillFit> = {}): RoleSkillFit {
  return {
    skillId: PYTHON,
    skillName: 'Python',
    minLevel: 3,
    mustHave: true,
    level: 4,
    meetsMinimum: true,
    interested: false,
    endorsementCount: 2,
    evidenceCount: 0,
    ...overrides,
  };
}

export const recommended: RecommendedRolesResult = {
  recommendedRoles: [
    {
      projectId: PROJECT_ID,
      projectTitle: 'Data platform',
      roleId: ROLE_OPEN,
      roleTitle: 'Pipeline engineer',
      score: 88,
      coverage: 1,
      seatsLeft: 2,
      hoursNeeded: 8,
      freeHours: 12,
      activeProjects: 0,
      skills: [
        fit(),
        fit({
          skillId: KUBERNETES,
          skillName: 'Kubernetes',
          mustHave: false,
          minLevel: 2,
          level: null,
          meetsMinimum: false,
          endorsementCount: 0,
        }),
      ],
    },
  ],
};

export function card(index: number, overrides: Partial<ProjectCard> = {}): ProjectCard {
  return {
    id: `a0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    title: `Project ${index}`,
    summary: `Summary ${index}`,
    status: 'FORMING',
    hoursPerWeek: 6,
    startsOn: '2026-01-05',
    endsOn: '2026-06-30',
    location: null,
    remote: true,
    visibility: 'COMPANY',
    departmentName: 'Platform',
    pastEnd: false,
    viewerIsLead: false,
    owner: { id: person(0).id, displayName: 'Person 0' },
    roles: [{ id: `r${index}`, title: 'Engineer', seats: 3, seatsLeft: 2, joinPolicy: 'OPEN' }],
    ...overrides,
  };
}

export function role(overrides: Partial<ProjectRoleView> = {}): ProjectRoleView {
  return {
    id: ROLE_OPEN,
    projectId: PROJECT_ID,
    title: 'Pipeline engineer',
    description: 'Builds the pipelines.',
    seats: 3,
    seatsLeft: 2,
    seatsTaken: 1,
    joinPolicy: 'OPEN',
    managerConsent: false,
    consentDays: null,
    waitlistLength: 0,
    joinRequiresSkills: false,
    viewerMissingSkills: [],
    skills: [{ minLevel: 3, mustHave: true, skill: { id: PYTHON, name: 'Python' } }],
    members: [{ id: 'm1', person: person(2) }],
    ...overrides,
  };
}

export function projectData(
  overrides: Partial<ProjectResult['project']> = {},
  viewer: Partial<Pick<ProjectResult, 'myApplications' | 'myWaitlist' | 'viewer'>> = {},
): ProjectResult {
  return {
    project: {
      id: PROJECT_ID,
      title: 'Data platform',
      summary: 'One place for our data.',
      description: 'We **build** it together.',
      goals: ['Ship v1'],
      status: 'FORMING',
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
      hoursPerWeek: 8,
      location: 'Berlin',
      remote: true,
      visibility: 'COMPANY',
      departmentName: 'Platform',
      createdAt: '2025-12-01T10:00:00Z',
      completedAt: null,
      viewerIsLead: false,
      viewerRoleId: null,
      pastEnd: false,
      owner: person(0),
      leads: [person(3)],
      roles: [
        role(),
        role({
          id: ROLE_APPLY,
          title: 'Analyst',
          joinPolicy: 'APPLICATION',
          members: [],
          seatsTaken: 0,
          seatsLeft: 1,
          seats: 1,
        }),
      ],
      teamCoverage: {
        coveredCount: 1,
        gapCount: 1,
        skills: [
          {
            skillId: PYTHON,
            skillName: 'Python',
            minLevel: 3,
            mustHave: true,
            covered: true,
            coveredBy: [{ level: 4, person: { id: person(2).id, displayName: 'Person 2' } }],
          },
          {
            skillId: KUBERNETES,
            skillName: 'Kubernetes',
            minLevel: 2,
            mustHave: false,
            covered: false,
            coveredBy: [],
          },
        ],
      },
      ...overrides,
    },
    viewer: viewer.viewer ?? { id: person(5).id },
    myApplications: viewer.myApplications ?? [],
    myWaitlist: viewer.myWaitlist ?? [],
  };
}

export function application(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    status: 'PENDING',
    message: 'I know Python well.',
    consentStatus: 'NOT_REQUIRED',
    consentDueAt: null,
    createdAt: '2026-01-02T09:00:00Z',
    decidedAt: null,
    declineReason: null,
    projectId: PROJECT_ID,
    roleId: ROLE_APPLY,
    applicant: person(1),
    role: { id: ROLE_APPLY, title: 'Analyst', seatsLeft: 1 },
    project: { id: PROJECT_ID, title: 'Data platform' },
    ...overrides,
  };
}
