import { parseArgs } from 'node:util';

export interface SeedArgs {
  people: number;
  seed: number;
  reset: boolean;
  help: boolean;
  /** The ISO day demo dates are relative to; absent: today. */
  today?: string;
}

export const MAX_SEED_PEOPLE = 1_000_000;

export const USAGE = `Usage: seed [--people N] [--seed S] [--today YYYY-MM-DD] [--reset]

Fills the database at DATABASE_URL (or the embedded one "npm start" uses) with a generated demo company.

  --people N   how many people to generate, 1 to ${MAX_SEED_PEOPLE.toLocaleString('en')} (default 500)
  --seed S     a whole number; the same seed always gives the same company (default 42)
  --today D    the day project dates are relative to, as YYYY-MM-DD (default: today, UTC); the same
               seed and day always give the same dates
  --reset      delete all existing people, departments, sessions and audit events first
  --help       show this help`;

/** A mistake in the command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let values: { people?: string; seed?: string; today?: string; reset?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        people: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
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
    ...(values.today === undefined ? {} : { today: isoDay(values.today) }),
  };
}

function isoDay(text: string): string {
  const day = text.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00.000Z`) : null;
  // Date normalises 2026-02-31 to March: only a day that survives the round trip is real.
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw new UsageError(`--today must be a calendar day as YYYY-MM-DD (got "${text}")`);
  }
  return day;
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
