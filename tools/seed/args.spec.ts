import { parseSeedArgs, UsageError } from './args';

describe('parseSeedArgs', () => {
  it('defaults to 500 people with seed 42, no reset', () => {
    expect(parseSeedArgs([])).toEqual({ people: 500, seed: 42, reset: false, help: false });
  });

  it('reads every option', () => {
    expect(parseSeedArgs(['--people', '100_000', '--seed=7', '--reset'])).toEqual({
      people: 100_000,
      seed: 7,
      reset: true,
      help: false,
    });
    expect(parseSeedArgs(['-h']).help).toBe(true);
    expect(parseSeedArgs(['--today', '2027-02-28']).today).toBe('2027-02-28');
  });

  it.each([
    [['--people', '0'], /--people must be a whole number from 1 to 1,000,000 \(got "0"\)/],
    [['--people', '1000001'], /--people must be/],
    [['--people', '12.5'], /--people must be/],
    [['--people', 'many'], /--people must be/],
    [['--people'], /argument missing/],
    [['--seed=-1'], /--seed must be/],
    [['--peeple', '5'], /Unknown option '--peeple'/],
    [['500'], /positional argument/],
    [['--today', '2027-02-30'], /--today must be a calendar day as YYYY-MM-DD \(got "2027-02-30"\)/],
    [['--today', 'tomorrow'], /--today must be/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(UsageError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
