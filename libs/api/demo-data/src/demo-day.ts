/**
 * Demo dates are days relative to the day the company is seeded ("today"), so that a company seeded
 * today has current projects and one seeded next year does too; the same seed and day always give
 * the same dates.
 */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC of the calendar day of `today` (a Date, or an ISO day such as "2026-12-07"). */
export function startOfUtcDay(today: Date | string): number {
  const time =
    typeof today === 'string'
      ? ISO_DAY.test(today)
        ? Date.parse(`${today}T00:00:00.000Z`)
        : NaN
      : today.getTime();
  if (!Number.isFinite(time))
    throw new RangeError(`today must be a valid date or YYYY-MM-DD day (got ${String(today)})`);
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/** The ISO day ("2026-12-07") `offsetDays` after the ISO day `today`. */
export function isoDayFrom(today: string, offsetDays: number): string {
  return new Date(startOfUtcDay(today) + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight UTC of the day `offsetDays` after the ISO day `today`, as an ISO timestamp. */
export function timestampFrom(today: string, offsetDays: number): string {
  return new Date(startOfUtcDay(today) + offsetDays * DAY_MS).toISOString();
}
