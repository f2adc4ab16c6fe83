import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The reference data sets (ESCO, O*NET) kept next to the repository, never in it:
 * `ENSEMBLE_SHARED_DATA`, else `../shared/data` from the repository root.
 */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['ENSEMBLE_SHARED_DATA'];
  if (configured) return resolve(configured);
  return resolve(repositoryRoot(), '..', 'shared', 'data');
}

/** The nearest directory above this file holding nx.json (works from sources and from dist/api). */
function repositoryRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
