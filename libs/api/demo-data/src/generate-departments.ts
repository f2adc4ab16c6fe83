import { apportion } from './apportion';
import {
  DEPARTMENTS,
  EXECUTIVE,
  type BioFragments,
  type DepartmentSpec,
  type RoleSpec,
} from './data/departments';
import type { DemoDepartment } from './model';
import { randomUuid, type Prng } from './random';

/** A department's spec with everything it inherits from its parents filled in. */
export interface DepartmentProfile {
  headTitle: string;
  /** [team lead, manager of managers]. */
  managerTitles: readonly [string, string];
  roles: readonly RoleSpec[];
  bio: Required<BioFragments>;
  /** Office names its people may be based in; null for anywhere. */
  offices: readonly string[] | null;
  grantsHrRole: boolean;
}

export interface DepartmentPlan {
  department: DemoDepartment;
  profile: DepartmentProfile;
  /** The top-level department this one belongs to (its own name at the top level). */
  division: string;
  isExecutive: boolean;
  /** People in this department and all of its sub-departments, its head included. */
  headcount: number;
  children: DepartmentPlan[];
}

/** Below this, a sub-department is not worth splitting out: its people stay in the parent's teams. */
const MIN_SUBDEPARTMENT_SIZE = 5;
/** Below this company size, department heads are "Head of X" rather than "VP X". */
const SMALL_COMPANY_SIZE = 100;

/**
 * Plans the departments of a company of `companySize` people: which exist, how many people each
 * holds, and what its heads and members are called. Returned parents first (pre-order), the
 * executive office first of all.
 */
export function generateDepartments(random: Prng, companySize: number): DepartmentPlan[] {
  if (!Number.isInteger(companySize) || companySize < 1) {
    throw new RangeError(`A company needs a whole number of people, at least 1 (got ${companySize})`);
  }
  const executiveSize = executiveHeadcount(companySize);
  const executive = planExecutive(random, executiveSize);
  const topLevel = DEPARTMENTS.filter((spec) => spec.minCompanySize <= companySize);
  const departments = allocate(topLevel, companySize - executiveSize, 1).map(({ spec, headcount }) =>
    planDepartment(random, { spec, headcount, parent: null, depth: 0, companySize }),
  );
  return [executive, ...departments].flatMap(preOrder);
}

function executiveHeadcount(companySize: number): number {
  if (companySize < 20) return 1;
  return 1 + Math.min(6, 1 + Math.floor(companySize / 250));
}

function planExecutive(random: Prng, headcount: number): DepartmentPlan {
  return {
    department: { id: randomUuid(random), name: EXECUTIVE.name, parentId: null },
    profile: {
      headTitle: EXECUTIVE.headTitle,
      managerTitles: ['Chief of Staff', 'Chief of Staff'],
      roles: EXECUTIVE.roles,
      bio: { focus: [], topics: [], backgrounds: [], ...EXECUTIVE.bio },
      offices: null,
      grantsHrRole: false,
    },
    division: EXECUTIVE.name,
    isExecutive: true,
    headcount,
    children: [],
  };
}

interface PlanRequest {
  spec: DepartmentSpec;
  headcount: number;
  parent: DepartmentPlan | null;
  depth: number;
  companySize: number;
}

function planDepartment(random: Prng, request: PlanRequest): DepartmentPlan {
  const { spec, headcount, parent, depth, companySize } = request;
  const plan: DepartmentPlan = {
    department: { id: randomUuid(random), name: spec.name, parentId: parent?.department.id ?? null },
    profile: resolveProfile(spec, parent?.profile ?? null, depth, companySize),
    division: parent?.division ?? spec.name,
    isExecutive: false,
    headcount,
    children: [],
  };
  const childSpecs = (spec.children ?? []).filter((child) => child.minCompanySize <= companySize);
  const children = allocate(childSpecs, headcount - 1, MIN_SUBDEPARTMENT_SIZE);
  // A lone sub-department would just be its parent under another name.
  if (children.length >= 2) {
    plan.children = children.map((child) =>
      planDepartment(random, { ...child, parent: plan, depth: depth + 1, companySize }),
    );
  }
  return plan;
}

/**
 * Splits `total` people across `specs` by weight, dropping the smallest until each has at least
 * `minSize`. Takes no randomness, so the shape of the company depends on its size alone.
 */
function allocate(
  specs: readonly DepartmentSpec[],
  total: number,
  minSize: number,
): Array<{ spec: DepartmentSpec; headcount: number }> {
  let candidates = [...specs];
  while (candidates.length > 0) {
    const parts = apportion(
      total,
      candidates.map((spec) => spec.weight),
    );
    const smallest = parts.reduce((lowest, part, index) => (part <= parts[lowest] ? index : lowest), 0);
    if (parts[smallest] >= minSize) {
      return candidates.map((spec, index) => ({ spec, headcount: parts[index] }));
    }
    candidates = candidates.filter((_, index) => index !== smallest);
  }
  return [];
}

function resolveProfile(
  spec: DepartmentSpec,
  parent: DepartmentProfile | null,
  depth: number,
  companySize: number,
): DepartmentProfile {
  const managerTitles = spec.managerTitles ?? parent?.managerTitles ?? ['Team Lead', 'Senior Manager'];
  return {
    headTitle: headTitle(spec, depth, companySize, managerTitles),
    managerTitles,
    roles: spec.roles ?? parent?.roles ?? [],
    bio: {
      focus: spec.bio?.focus ?? parent?.bio.focus ?? [],
      topics: spec.bio?.topics ?? parent?.bio.topics ?? [],
      backgrounds: spec.bio?.backgrounds ?? parent?.bio.backgrounds ?? [],
    },
    offices: spec.offices ?? parent?.offices ?? null,
    grantsHrRole: spec.grantsHrRole ?? parent?.grantsHrRole ?? false,
  };
}

function headTitle(
  spec: DepartmentSpec,
  depth: number,
  companySize: number,
  managerTitles: readonly [string, string],
): string {
  if (depth === 0 && companySize < SMALL_COMPANY_SIZE) return `Head of ${spec.name}`;
  if (spec.headTitle) return spec.headTitle;
  // Third-level departments are large teams, led by a senior manager rather than a director.
  return depth >= 2 ? managerTitles[1] : `Head of ${spec.name}`;
}

function preOrder(plan: DepartmentPlan): DepartmentPlan[] {
  return [plan, ...plan.children.flatMap(preOrder)];
}
