/**
 * Dates as the reader's browser writes them. Forms use native date inputs, which show dates in the
 * browser's locale (01/11/2027 in en-US, 11/01/2027 in en-GB); every date the app prints follows the
 * same locale (Intl's default: the browser's), with the month in words so that none is ambiguous:
 * "Jan 11, 2027" in en-US, "11 Jan 2027" in en-GB. `locale` is for tests only.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formats.set(key, formatter);
  }
  return formatter;
}

/** A calendar day ("2027-01-11") with no time: it is the same day wherever the reader is. */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Date for a calendar day or a moment, and the time zone to read it in; null when invalid. */
function parse(value: string): { date: Date; timeZone?: string } | null {
  const day = CALENDAR_DAY.test(value);
  const date = new Date(day ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  return day ? { date, timeZone: 'UTC' } : { date };
}

/**
 * A calendar day ("2027-01-11") or the day of a moment (an ISO date-time, in the reader's time zone):
 * "Jan 11, 2027" / "11 Jan 2027". Text that is no date comes back as it is.
 */
export function formatDate(value: string, locale?: string): string {
  const parsed = parse(value);
  if (!parsed) return value;
  return format({ dateStyle: 'medium', timeZone: parsed.timeZone }, locale).format(parsed.date);
}

/** A moment with its time, in the reader's time zone: "Jan 9, 2026, 2:30 PM" / "9 Jan 2026, 14:30". */
export function formatDateTime(value: string, locale?: string): string {
  const parsed = parse(value);
  if (!parsed) return value;
  return format({ dateStyle: 'medium', timeStyle: 'short', timeZone: parsed.timeZone }, locale).format(
    parsed.date,
  );
}

/** The month of a date: "Mar 2026" (read at UTC, as the API's month-precision dates are). */
export function formatMonth(value: string, locale?: string): string {
  const parsed = parse(value);
  if (!parsed) return value;
  return format({ month: 'short', year: 'numeric', timeZone: 'UTC' }, locale).format(parsed.date);
}

/** The time of day in a time zone ("2:05 PM" / "14:05"); null for a zone the browser does not know. */
export function formatTimeIn(timeZone: string, moment: Date, locale?: string): string | null {
  try {
    return format({ timeZone, timeStyle: 'short' }, locale).format(moment);
  } catch {
    return null;
  }
}
