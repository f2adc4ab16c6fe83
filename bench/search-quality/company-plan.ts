/**
 * The evaluation company, planned from the roster before anything is loaded: who works there (with
 * their department, manager, title, headline, passions and skills), which completed projects they
 * did (one per team: its leads lead it, its members hold its roles) and who endorses whom after
 * each project. Pure and deterministic: the same roster always gives the same plan.
 */
import { createHash } from 'node:crypto';
import type { Roster, RosterPerson, RosterTeam } from './roster';
import { DOMAINS, domainOf, teamSkills, type DomainName, type SkillNeed } from './team-skills';

export interface PlannedSkill {
  skill: string;
  level: number;
  /** 0 to 3. */
  interest: number;
}

/** A row of the HR import. */
export interface ImportedPerson {
  givenName: string;
  familyName: string;
  email: string;
  title: string;
  department: string;
  /** Email of the manager; null for someone at the top. */
  managerEmail: string | null;
  location?: string;
}

export interface PlannedPerson extends RosterPerson, ImportedPerson {
  headline: string;
  passions: string[];
  skills: PlannedSkill[];
}

export interface PlannedRole {
  title: string;
  seats: number;
  skills: Array<{ skill: string; minLevel: number; mustHave: boolean }>;
  /** People keys taking a seat. */
  holders: string[];
}

export interface PlannedProject {
  teamId: string;
  title: string;
  summary: string;
  description: string;
  startsOn: string;
  endsOn: string;
  /** People key of the owner (the first lead, or the first member of a team without leads). */
  owner: string;
  /** People keys of the other leads, made co-leads. Neither they nor the owner hold a seat. */
  coLeads: string[];
  roles: PlannedRole[];
  /** After completion: [endorser key, endorsed key, skill] for teammates vouching for each other. */
  endorsements: Array<[string, string, string]>;
}

export interface CompanyPlan {
  people: PlannedPerson[];
  projects: PlannedProject[];
  /** Every skill name the plan uses. */
  skillNames: string[];
}

export const MAX_SEATS_PER_ROLE = 50;
/** Hours a week each project asked of its members. */
export const PROJECT_HOURS = 4;

/** A whole number in [0, n) from a stable hash of the parts. */
export function stablePick(n: number, ...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0) % n;
}

/** Level jitter for a member: one in four a level lower, one in four a level higher. */
function jitter(key: string, skill: string): number {
  return [-1, 0, 0, 1][stablePick(4, 'level', key, skill)];
}

const clampLevel = (level: number) => Math.min(5, Math.max(1, level));

export function planCompany(roster: Roster): CompanyPlan {
  const teams = new Map(roster.teams.map((team) => [team.id, team]));
  const teamsOf = new Map<string, RosterTeam[]>();
  for (const team of roster.teams) {
    for (const key of new Set([...team.leads, ...team.members])) {
      teamsOf.set(key, [...(teamsOf.get(key) ?? []), team]);
    }
  }
  const rootOf = (team: RosterTeam): RosterTeam => {
    let at = team;
    while (at.parent && teams.has(at.parent)) at = teams.get(at.parent) as RosterTeam;
    return at;
  };
  const firstPersonOf = (team: RosterTeam) => team.leads[0] ?? team.members[0];
  // A person's home team: the smallest current team they lead, else the smallest current team they
  // are on, else the smallest archived one; ties by id.
  const homeTeam = (key: string): RosterTeam => {
    const size = (team: RosterTeam) => new Set([...team.leads, ...team.members]).size;
    const rank = (team: RosterTeam) => [team.archived ? 1 : 0, team.leads.includes(key) ? 0 : 1, size(team)];
    return [...(teamsOf.get(key) ?? [])].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.id.localeCompare(b.id);
    })[0];
  };
  const departmentName = (root: RosterTeam) => root.name.replace(/\s+(team|working group)$/i, '');
  const emailOf = new Map(roster.people.map((person) => [person.key, person.email]));

  const people: PlannedPerson[] = [];
  for (const person of roster.people) {
    const mine = teamsOf.get(person.key);
    if (!mine?.length) continue;
    const home = homeTeam(person.key);
    const root = rootOf(home);
    const head = firstPersonOf(root);
    const domain = DOMAINS[domainOf(home, teams)];
    const otherDomains = [...new Set(mine.map((team) => domainOf(team, teams)))].filter(
      (name): name is DomainName => DOMAINS[name] !== domain,
    );
    const levels = new Map<string, number>();
    for (const team of mine) {
      const lead = team.leads.includes(person.key);
      for (const { skill, level } of teamSkills(team, teams)) {
        const planned = clampLevel(level + (lead ? 1 : 0) + jitter(person.key, skill));
        levels.set(skill, Math.max(planned, levels.get(skill) ?? 0));
      }
    }
    const passion = domain.skills[0].skill;
    const passions = [
      ...rotate(domain.passions, stablePick(domain.passions.length, 'passions', person.key)).slice(0, 2),
      ...otherDomains.slice(0, 1).map((name) => DOMAINS[name].passions[0]),
    ];
    people.push({
      ...person,
      title: domain.titles[stablePick(domain.titles.length, 'title', person.key)],
      department: departmentName(root),
      managerEmail: head === person.key ? null : (emailOf.get(head) ?? null),
      headline: domain.headlines[stablePick(domain.headlines.length, 'headline', person.key)],
      passions: [...new Set(passions)],
      skills: [...levels]
        .map(([skill, level]) => ({
          skill,
          level,
          interest: skill === passion ? 3 : stablePick(3, 'interest', person.key, skill),
        }))
        .sort((a, b) => a.skill.localeCompare(b.skill)),
    });
  }

  const projects = roster.teams.map((team) => planProject(team, teams));
  const skillNames = new Set<string>();
  for (const person of people) for (const { skill } of person.skills) skillNames.add(skill);
  for (const project of projects)
    for (const role of project.roles) for (const { skill } of role.skills) skillNames.add(skill);
  return { people, projects, skillNames: [...skillNames].sort() };
}

function planProject(team: RosterTeam, teams: ReadonlyMap<string, RosterTeam>): PlannedProject {
  const domain = DOMAINS[domainOf(team, teams)];
  const needs: SkillNeed[] = teamSkills(team, teams);
  const parent = team.parent ? teams.get(team.parent) : undefined;
  // Leads lead: the owner (the first lead, or the first member of a team without leads) and the
  // co-leads hold no seat, though the roster lists most of them among the members too.
  const owner = team.leads[0] ?? team.members[0];
  const holders = [...new Set(team.members)].filter((key) => key !== owner && !team.leads.includes(key));
  const roles: PlannedRole[] = [];
  for (let start = 0; start < holders.length; start += MAX_SEATS_PER_ROLE) {
    const chunk = holders.slice(start, start + MAX_SEATS_PER_ROLE);
    roles.push({
      title: domain.role,
      seats: chunk.length,
      skills: needs.map(({ skill, level }, index) => ({
        skill,
        minLevel: Math.max(1, level - 1),
        mustHave: index < 2,
      })),
      holders: chunk,
    });
  }
  // Everyone who worked on it vouches for the next two in the team's order (around the end) in the
  // team's first skill.
  const everyone = [...new Set([...team.leads, ...team.members])];
  const endorsements: Array<[string, string, string]> = [];
  for (const [index, endorser] of everyone.entries()) {
    for (const step of [1, 2].slice(0, everyone.length - 1)) {
      endorsements.push([endorser, everyone[(index + step) % everyone.length], needs[0].skill]);
    }
  }
  return {
    teamId: team.id,
    title: team.name,
    summary: team.description.slice(0, 500),
    description: parent ? `${team.description}\n\nPart of the ${parent.name}.` : team.description,
    startsOn: team.since,
    endsOn: team.until < team.since ? team.since : team.until,
    owner,
    coLeads: team.leads.filter((key) => key !== owner),
    roles,
    endorsements,
  };
}

function rotate<T>(values: readonly T[], by: number): T[] {
  return [...values.slice(by), ...values.slice(0, by)];
}
