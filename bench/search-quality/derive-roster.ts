/**
 * Derives bench/search-quality/data/roster.json from a snapshot of the Rust project's team repository
 * (github.com/rust-lang/team, MIT OR Apache-2.0), read with git from its bare clone:
 *
 *   node dist/api/bench/search-quality/derive-roster.js <git-dir> [--out FILE]
 *
 * Kept: every team, working group and project group with a public name and description (its
 * `[website]` section), current or archived, that has at least one person; its leads and members
 * (for an archived team, its alumni, who were its members while it worked); its parent team; when it
 * was first recorded and, if archived, when. Dropped: everything else, and every personal detail:
 * each person is a stable hash of their handle with a generated name and email. Marker teams (no
 * public description) and current teams' alumni are left out.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'smol-toml';
import { EmailAllocator, generateDepartments, generatePeople, randomStream } from '@ensemble/api/demo-data';
import { sourceFile, type Roster, type RosterPerson, type RosterTeam, type TeamKind } from './roster';

export const SOURCE_REPOSITORY = 'https://github.com/rust-lang/team';
export const SOURCE_LICENCE = 'MIT OR Apache-2.0';
export const EMAIL_DOMAIN = 'rust-eval.example';
/** Salt of the handle hash: the key links a person across teams, not back to an account by a plain hash. */
const KEY_SALT = 'ensemble-search-quality/v1:';
const NAME_SEED = 14;

interface TeamFile {
  name: string;
  kind?: string;
  'subteam-of'?: string;
  people?: {
    leads?: string[];
    members?: Array<string | { github: string }>;
    alumni?: Array<string | { github: string }>;
  };
  website?: { name?: string; description?: string };
}

export function personKey(handle: string): string {
  return createHash('sha256')
    .update(KEY_SALT + handle.toLowerCase())
    .digest('hex')
    .slice(0, 16);
}

const handleOf = (entry: string | { github: string }) => (typeof entry === 'string' ? entry : entry.github);

export function deriveRoster(gitDir: string): Roster {
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const commit = git('rev-parse', 'HEAD').trim();
  const committedOn = git('log', '-1', '--format=%cs', commit).trim();
  const files = git('ls-tree', '-r', '--name-only', commit, 'teams')
    .split('\n')
    .filter((path) => path.endsWith('.toml'))
    .sort();
  const raw: Array<{ path: string; file: TeamFile; archived: boolean }> = files.map((path) => ({
    path,
    file: parse(git('show', `${commit}:${path}`)) as unknown as TeamFile,
    archived: path.startsWith('teams/archive/'),
  }));
  const handles = new Set<string>();
  const teams: Array<Omit<RosterTeam, 'leads' | 'members'> & { leads: string[]; members: string[] }> = [];
  for (const { path, file, archived } of raw) {
    const name = file.website?.name?.trim();
    const description = file.website?.description?.trim();
    if (!name || !description) continue;
    const leads = archived ? [] : [...(file.people?.leads ?? [])];
    const members = (archived ? (file.people?.alumni ?? []) : (file.people?.members ?? [])).map(handleOf);
    if (!leads.length && !members.length) continue;
    for (const handle of [...leads, ...members]) handles.add(handle.toLowerCase());
    const dates = (...args: string[]) =>
      git('log', '--format=%cs', ...args)
        .trim()
        .split('\n')
        .filter(Boolean);
    const since = dates('--follow', '--diff-filter=A', '--', path).at(-1) ?? committedOn;
    const until = archived ? (dates('--diff-filter=A', '--', path).at(-1) ?? committedOn) : committedOn;
    teams.push({
      id: file.name,
      name,
      description,
      kind: (['working-group', 'project-group'].includes(file.kind ?? '') ? file.kind : 'team') as TeamKind,
      parent: file['subteam-of'] ?? null,
      archived,
      since,
      until,
      leads,
      members,
    });
  }
  const ids = new Set(teams.map((team) => team.id));
  const people = namePeople([...handles].map(personKey));
  const key = (handle: string) => personKey(handle);
  return {
    source: {
      repository: SOURCE_REPOSITORY,
      commit,
      committedOn,
      licence: SOURCE_LICENCE,
      derivedBy: 'bench/search-quality/derive-roster.ts',
    },
    people,
    teams: teams.map((team) => ({
      ...team,
      parent: team.parent && ids.has(team.parent) ? team.parent : null,
      leads: unique(team.leads.map(key)),
      members: unique(team.members.map(key)),
    })),
  };
}

/** Generated names (the demo company's name pools), one per key, in key order, no name twice. */
function namePeople(keys: string[]): RosterPerson[] {
  const sorted = [...new Set(keys)].sort();
  // Twice as many generated people as needed, so that repeated names can be skipped.
  const size = Math.max(sorted.length * 2, 10);
  const generated = generatePeople(
    randomStream(NAME_SEED, 'people'),
    generateDepartments(randomStream(NAME_SEED, 'departments'), size),
  );
  const seen = new Set<string>();
  const names = generated.filter((person) => {
    const name = `${person.givenName} ${person.familyName}`.toLowerCase();
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  if (names.length < sorted.length) throw new Error('derive-roster: not enough distinct generated names');
  const emails = new EmailAllocator(EMAIL_DOMAIN);
  return sorted.map((key, index) => {
    const { givenName, familyName } = names[index];
    return { key, givenName, familyName, email: emails.allocate(givenName, familyName) };
  });
}

const unique = (values: string[]) => [...new Set(values)];

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: sourceFile('data/roster.json') } },
  });
  const [gitDir] = positionals;
  if (!gitDir) {
    process.stderr.write('Usage: derive-roster <git-dir of a rust-lang/team clone> [--out FILE]\n');
    process.exit(2);
  }
  const roster = deriveRoster(gitDir);
  writeFileSync(values.out, `${JSON.stringify(roster, null, 1)}\n`);
  process.stdout.write(
    `Wrote ${values.out}: ${roster.teams.length} teams, ${roster.people.length} people, from ${roster.source.commit} (${roster.source.committedOn})\n`,
  );
}

if (require.main === module) main();
