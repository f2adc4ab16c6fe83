import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The reference data sets (ESCO, O*NET) kept next to the repository, never in it:
 * `ENSEMBLE_SHARED_DATA`, else `../shared/data` from the repository root.
 */
export function sharedDataDir(): string {
  const configured = process.env['ENSEMBLE_SHARED_DATA'];
  if (configured) return resolve(configured);
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir, '..', 'shared', 'data');
}
