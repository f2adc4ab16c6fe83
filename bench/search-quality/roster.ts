/**
 * The evaluation roster: teams of a large open-source organisation with their leads, members and what
 * each works on, and its people under generated names (bench/search-quality/README.md says where it
 * comes from and how it was derived). Read from the committed, derived file, never from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RosterSource {
  repository: string;
  commit: string;
  /** The commit's date (YYYY-MM-DD). */
  committedOn: string;
  licence: string;
  derivedBy: string;
}

export interface RosterPerson {
  /** A stable hash of the person's public handle: the only link back to the source, and not a name. */
  key: string;
  givenName: string;
  familyName: string;
  email: string;
}

export type TeamKind = 'team' | 'working-group' | 'project-group';

export interface RosterTeam {
  /** The team's id in the source (its file name), e.g. "rustdoc" or "wg-nll". */
  id: string;
  /** Its public name, e.g. "Rustdoc team". */
  name: string;
  /** What it works on, as published. */
  description: string;
  kind: TeamKind;
  /** The id of the team it is part of, if any (and if that team is in the roster). */
  parent: string | null;
  /** An archived team: its former members are its members here, and it has no leads. */
  archived: boolean;
  /** When the team was first recorded (YYYY-MM-DD). */
  since: string;
  /** When it was archived, or the source's date for a current team (YYYY-MM-DD). */
  until: string;
  /** People keys, in the source's order. */
  leads: string[];
  /** People keys, in the source's order; a lead is usually listed here too. */
  members: string[];
}

export interface Roster {
  source: RosterSource;
  people: RosterPerson[];
  teams: RosterTeam[];
}

/** The committed roster. */
export function readRoster(file = sourceFile('data/roster.json')): Roster {
  return JSON.parse(readFileSync(file, 'utf8')) as Roster;
}

/**
 * A path under bench/search-quality in the source tree, whether this runs compiled (from
 * dist/api/bench/search-quality, four levels below the repository) or from source.
 */
export function sourceFile(path: string): string {
  const compiled = /[\\/]dist[\\/]api[\\/]bench[\\/]search-quality$/.test(__dirname);
  return compiled
    ? join(__dirname, '..', '..', '..', '..', 'bench', 'search-quality', path)
    : join(__dirname, path);
}
