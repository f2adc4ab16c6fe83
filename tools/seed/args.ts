import { parseArgs } from 'node:util';

export interface SeedArgs {
  people: number;
  seed: number;
  reset: boolean;
  help: boolean;
}

export const MAX_SEED_PEOPLE = 1_000_000;

export const USAGE = `Usage: seed [--people N] [--seed S] [--reset]

Fills the database at DATABASE_URL (or the embedded one "npm start" uses) with a generated demo company.

  --people N   how many people to generate, 1 to ${MAX_SEED_PEOPLE.toLocaleString('en')} (default 500)
  --seed S     a whole number; the same seed always gives the same company (default 42)
  --reset      delete all existing people, departments, sessions and audit events first
  --help       show this help`;

/** A mistake in the command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let values: { people?: string; seed?: string; reset?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        people: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    people: values.people === undefined ? 500 : wholeNumber('--people', values.people, 1, MAX_SEED_PEOPLE),
    seed: values.seed === undefined ? 42 : wholeNumber('--seed', values.seed, 0, Number.MAX_SAFE_INTEGER),
    reset: values.reset ?? false,
    help: values.help ?? false,
  };
}

function wholeNumber(option: string, text: string, min: number, max: number): number {
  // Underscores and commas are accepted as digit separators: --people 100_000.
  const digits = text.trim().replace(/[_,]/g, '');
  const value = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(
      `${option} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')} (got "${text}")`,
    );
  }
  return value;
}
