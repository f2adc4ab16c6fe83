import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where this workplace keeps the reference data when the repository is cloned somewhere else. */
const WORKPLACE_SHARED_DATA = '/work/shared/data';

/**
 * The reference data sets (ESCO, O*NET) kept next to the repository, never in it. In order:
 * `ENSEMBLE_SHARED_DATA`; `shared/data` beside the repository or beside any folder above it (so a
 * clone in a scratch folder still finds it); the workplace's well-known location. Returns the first
 * that exists, else the one beside the repository, so that errors name the expected place.
 */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['ENSEMBLE_SHARED_DATA'];
  if (configured) return resolve(configured);
  const root = repositoryRoot();
  const candidates: string[] = [];
  for (let dir = root; ; dir = dirname(dir)) {
    candidates.push(resolve(dir, '..', 'shared', 'data'));
    if (dirname(dir) === dir) break;
  }
  candidates.push(WORKPLACE_SHARED_DATA);
  return candidates.find((candidate) => existsSync(candidate)) ?? resolve(root, '..', 'shared', 'data');
}

/** The nearest directory above this file holding nx.json (works from sources and from dist/api). */
function repositoryRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
