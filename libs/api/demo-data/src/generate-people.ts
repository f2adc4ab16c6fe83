import { apportion } from './apportion';
import { composeBio, type PositionKind } from './compose-bio';
import { SENIORITY_LADDERS, type RoleSpec } from './data/departments';
import { OFFICES, type Office } from './data/locations';
import { NAME_REGIONS, type NameRegion } from './data/names';
import { EmailAllocator } from './emails';
import type { DepartmentPlan } from './generate-departments';
import type { DemoPerson, Role } from './model';
import { chance, pick, randomInt, randomUuid, weightedPick, type Prng } from './random';

/** A seat in the org chart, before anyone is named to it. */
interface Position {
  id: string;
  kind: PositionKind;
  plan: DepartmentPlan;
  managerId: string | null;
  title: string;
  focus: string;
  directReports: number;
  managesManagers: boolean;
}

const MAX_TEAM_SIZE = 10;
const MIN_TARGET_TEAM_SIZE = 5;
const MAX_TARGET_TEAM_SIZE = 9;
const MAX_MANAGERS_PER_LEADER = 8;
/** Share of a team whose bio names the team's own focus rather than another of the department's. */
const TEAM_FOCUS_SHARE = 0.7;
/** Share of people at an office who are hired locally (their names follow the office's region). */
const LOCAL_HIRE_SHARE = 0.6;
/** Share of people whose given and family names come from the same region. */
const SAME_REGION_NAME_SHARE = 0.85;

/**
 * Staffs the planned departments: builds the org chart (the CEO, department heads reporting to the
 * CEO, sub-department heads to their parent's head, then teams of 4–10 under managers), then names
 * everyone. The first person returned is an ordinary engineer with a manager, to demo as.
 */
export function generatePeople(random: Prng, departments: readonly DepartmentPlan[]): DemoPerson[] {
  const positions = buildOrgChart(random, departments);
  const ordered = withDemoPersonFirst(positions);
  const admins = chooseAdmins(ordered);
  const identities = new IdentityFactory(random);
  return ordered.map((position) => identities.personFor(position, admins.has(position)));
}

function buildOrgChart(random: Prng, departments: readonly DepartmentPlan[]): Position[] {
  const chart = new OrgChart(random);
  const executive = departments.find((plan) => plan.isExecutive);
  if (!executive) throw new Error('The department plan has no executive office');
  const ceo = chart.add('ceo', executive, null, executive.profile.headTitle);
  for (let index = 1; index < executive.headcount; index++) {
    chart.add('member', executive, ceo, executiveStaffTitle(random, executive, index));
  }
  for (const plan of departments) {
    if (!plan.isExecutive && plan.department.parentId === null) chart.staffDepartment(plan, ceo);
  }
  return chart.positions;
}

// An office has one Chief of Staff; the rest of the CEO's staff are assistants and analysts.
function executiveStaffTitle(random: Prng, executive: DepartmentPlan, index: number): string {
  const [chiefOfStaff, ...others] = executive.profile.roles;
  return index === 1 ? chiefOfStaff.title : memberTitle(random, others);
}

class OrgChart {
  readonly positions: Position[] = [];

  constructor(private readonly random: Prng) {}

  add(
    kind: PositionKind,
    plan: DepartmentPlan,
    manager: Position | null,
    title: string,
    focus?: string,
  ): Position {
    const position: Position = {
      id: randomUuid(this.random),
      kind,
      plan,
      managerId: manager?.id ?? null,
      title,
      focus: focus ?? pick(this.random, plan.profile.bio.focus),
      directReports: 0,
      managesManagers: false,
    };
    if (manager) {
      manager.directReports += 1;
      if (kind !== 'member') manager.managesManagers = true;
    }
    this.positions.push(position);
    return position;
  }

  staffDepartment(plan: DepartmentPlan, manager: Position): void {
    const head = this.add('head', plan, manager, plan.profile.headTitle);
    if (plan.children.length > 0) {
      for (const child of plan.children) this.staffDepartment(child, head);
    } else {
      this.staffTeams(plan, head, plan.headcount - 1);
    }
  }

  /** Places `count` people under `leader`: directly if they fit in one team, else under new managers. */
  private staffTeams(plan: DepartmentPlan, leader: Position, count: number): void {
    if (count <= MAX_TEAM_SIZE) {
      for (let i = 0; i < count; i++) this.addMember(plan, leader);
      return;
    }
    const targetTeamSize = randomInt(this.random, MIN_TARGET_TEAM_SIZE, MAX_TARGET_TEAM_SIZE);
    // count >= 11 and managers <= count / 5 (rounding included), so every leaf team gets 4 or more.
    const managers = clamp(Math.round(count / (targetTeamSize + 1)), 2, MAX_MANAGERS_PER_LEADER);
    const shares = apportion(count - managers, new Array<number>(managers).fill(1));
    const [teamLeadTitle, seniorManagerTitle] = plan.profile.managerTitles;
    for (const share of shares) {
      const title = share <= MAX_TEAM_SIZE ? teamLeadTitle : seniorManagerTitle;
      const manager = this.add('manager', plan, leader, title);
      this.staffTeams(plan, manager, share);
    }
  }

  private addMember(plan: DepartmentPlan, leader: Position): void {
    const focus = chance(this.random, TEAM_FOCUS_SHARE) ? leader.focus : undefined;
    this.add('member', plan, leader, memberTitle(this.random, plan.profile.roles), focus);
  }
}

function memberTitle(random: Prng, roles: readonly RoleSpec[]): string {
  const role = weightedPick(random, roles, (candidate) => candidate.weight);
  const level = weightedPick(random, SENIORITY_LADDERS[role.ladder], (candidate) => candidate.weight);
  return level.prefix ? `${level.prefix} ${role.title}` : role.title;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function isEngineer(position: Position): boolean {
  return position.plan.division === 'Engineering' && position.kind === 'member';
}

/** Moves a mid-level or senior engineer with a manager to the front: the natural account to demo as. */
function withDemoPersonFirst(positions: Position[]): Position[] {
  const demo =
    positions.find(
      (position) =>
        isEngineer(position) &&
        /Engineer$/.test(position.title) &&
        !/^(Junior|Staff|Principal) /.test(position.title),
    ) ??
    positions.find(isEngineer) ??
    positions.find((position) => position.managerId !== null);
  if (!demo) return positions;
  return [demo, ...positions.filter((position) => position !== demo)];
}

/** Two admins: whoever runs IT (or Operations) and one infrastructure-minded engineer. */
function chooseAdmins(ordered: Position[]): Set<Position> {
  const demo = ordered[0];
  const headOf = (name: string) =>
    ordered.find((position) => position.kind === 'head' && position.plan.department.name === name);
  const itLead = headOf('IT') ?? headOf('Operations') ?? ordered.find((position) => position.kind === 'ceo');
  const others = ordered.filter((position) => position !== itLead && position !== demo);
  const engineer =
    others.find(
      (position) =>
        isEngineer(position) &&
        /Site Reliability|Platform/.test(position.title) &&
        !position.title.startsWith('Junior'),
    ) ??
    others.find(isEngineer) ??
    others[0] ??
    ordered.find((position) => position !== itLead);
  return new Set([itLead, engineer].filter((position): position is Position => position !== undefined));
}

/** Gives each position a person: name, unique email, office and bio. */
class IdentityFactory {
  private readonly emails = new EmailAllocator();
  private readonly officesByPlan = new Map<DepartmentPlan, readonly Office[]>();
  private readonly localRegionsByOffice = new Map<Office, readonly NameRegion[]>();

  constructor(private readonly random: Prng) {}

  personFor(position: Position, isAdmin: boolean): DemoPerson {
    const office = weightedPick(this.random, this.officesFor(position.plan), (candidate) => candidate.weight);
    const { givenName, familyName } = this.nameFor(office);
    const email = this.emails.allocate(givenName, familyName);
    return {
      id: position.id,
      externalId: email,
      email,
      givenName,
      familyName,
      title: position.title,
      departmentId: position.plan.department.id,
      managerId: position.managerId,
      location: office.name,
      bio: composeBio(this.random, {
        kind: position.kind,
        title: position.title,
        departmentName: position.plan.department.name,
        focus: position.focus,
        directReports: position.directReports,
        managesManagers: position.managesManagers,
        fragments: position.plan.profile.bio,
      }),
      roles: rolesFor(position, isAdmin),
    };
  }

  private officesFor(plan: DepartmentPlan): readonly Office[] {
    let offices = this.officesByPlan.get(plan);
    if (!offices) {
      const allowed = plan.profile.offices;
      offices = allowed ? OFFICES.filter((office) => allowed.includes(office.name)) : OFFICES;
      this.officesByPlan.set(plan, offices);
    }
    return offices;
  }

  private nameFor(office: Office): { givenName: string; familyName: string } {
    const region = this.regionFor(office);
    const familyRegion = chance(this.random, SAME_REGION_NAME_SHARE) ? region : this.anyRegion();
    return {
      givenName: pick(this.random, region.givenNames),
      familyName: pick(this.random, familyRegion.familyNames),
    };
  }

  private regionFor(office: Office): NameRegion {
    if (office.localNameRegions.length === 0 || !chance(this.random, LOCAL_HIRE_SHARE))
      return this.anyRegion();
    let local = this.localRegionsByOffice.get(office);
    if (!local) {
      local = NAME_REGIONS.filter((region) => office.localNameRegions.includes(region.id));
      this.localRegionsByOffice.set(office, local);
    }
    return weightedPick(this.random, local, (region) => region.weight);
  }

  private anyRegion(): NameRegion {
    return weightedPick(this.random, NAME_REGIONS, (region) => region.weight);
  }
}

function rolesFor(position: Position, isAdmin: boolean): Role[] {
  const roles: Role[] = ['employee'];
  if (position.plan.profile.grantsHrRole) roles.push('hr');
  if (isAdmin) roles.push('admin');
  return roles;
}
