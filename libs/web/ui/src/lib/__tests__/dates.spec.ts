import { formatDate, formatDateTime, formatMonth, formatTimeIn } from '../dates';

describe('formatDate', () => {
  it('writes a calendar day in the locale, with the month in words (never 01/11/2027)', () => {
    expect(formatDate('2027-01-11', 'en-US')).toBe('Jan 11, 2027');
    expect(formatDate('2027-01-11', 'en-GB')).toBe('11 Jan 2027');
    expect(formatDate('2027-01-11', 'de-DE')).toBe('11.01.2027');
  });

  it('follows the browser locale when none is given, as native date inputs do', () => {
    const browser = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
    expect(formatDate('2027-01-11')).toBe(browser.format(new Date('2027-01-11T00:00:00Z')));
  });

  it('keeps a calendar day the same day in every time zone', () => {
    // 00:00 UTC is still the 10th west of Greenwich: a day must not be read as a moment.
    expect(formatDate('2027-01-11', 'en-GB')).toBe('11 Jan 2027');
    expect(formatDate('2027-12-31', 'en-GB')).toBe('31 Dec 2027');
  });

  it('gives the day of a moment in the reader’s time zone', () => {
    const moment = '2027-01-11T09:30:00Z';
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(moment));
    expect(formatDate(moment, 'en-GB')).toBe(expected);
  });

  it('returns text that is no date unchanged', () => {
    expect(formatDate('soon', 'en-GB')).toBe('soon');
    expect(formatDateTime('', 'en-GB')).toBe('');
    expect(formatMonth('2027-13-45', 'en-GB')).toBe('2027-13-45');
  });
});

describe('formatDateTime', () => {
  it('adds the time of day in the locale’s clock', () => {
    const moment = new Date(2026, 0, 9, 14, 30);
    expect(formatDateTime(moment.toISOString(), 'en-GB')).toBe('9 Jan 2026, 14:30');
    expect(formatDateTime(moment.toISOString(), 'en-US')).toMatch(/^Jan 9, 2026, 2:30\sPM$/);
  });
});

describe('formatMonth', () => {
  it('writes the month and year', () => {
    expect(formatMonth('2026-03-14T10:00:00Z', 'en-GB')).toBe('Mar 2026');
    expect(formatMonth('2026-03-01', 'en-US')).toBe('Mar 2026');
  });
});

describe('formatTimeIn', () => {
  it('gives the time of day in a zone, and null for an unknown zone', () => {
    const moment = new Date('2026-06-01T12:05:00Z');
    expect(formatTimeIn('Europe/Berlin', moment, 'en-GB')).toBe('14:05');
    expect(formatTimeIn('Europe/Berlin', moment, 'en-US')).toMatch(/^2:05\sPM$/);
    expect(formatTimeIn('Mars/Olympus', moment, 'en-GB')).toBeNull();
  });
});
