import { randomStream, randomUuid, weightedPick, pick, randomInt, shuffled } from '../random';

describe('randomStream', () => {
  it('repeats for the same seed and step, and differs across seeds and steps', () => {
    const draw = (seed: number, step: string) => {
      const random = randomStream(seed, step);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(42, 'people')).toEqual(draw(42, 'people'));
    expect(draw(42, 'people')).not.toEqual(draw(43, 'people'));
    expect(draw(42, 'people')).not.toEqual(draw(42, 'skills'));
  });

  it('returns floats in [0, 1) that are roughly uniform', () => {
    const random = randomStream(1, 'uniformity');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
      buckets[Math.floor(value * 10)] += 1;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('random helpers', () => {
  const random = randomStream(7, 'helpers');

  it('randomUuid gives version-4-format ids', () => {
    for (let i = 0; i < 100; i++) {
      expect(randomUuid(random)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('weightedPick follows the weights and never picks weight 0', () => {
    const items = [
      { name: 'never', weight: 0 },
      { name: 'rare', weight: 1 },
      { name: 'common', weight: 9 },
    ];
    const counts: Record<string, number> = { never: 0, rare: 0, common: 0 };
    for (let i = 0; i < 10_000; i++) counts[weightedPick(random, items, (item) => item.weight).name] += 1;
    expect(counts['never']).toBe(0);
    expect(counts['rare']).toBeGreaterThan(800);
    expect(counts['rare']).toBeLessThan(1200);
    expect(() => weightedPick(random, items.slice(0, 1), (item) => item.weight)).toThrow();
  });

  it('pick, randomInt and shuffled stay within their inputs', () => {
    expect(() => pick(random, [])).toThrow();
    for (let i = 0; i < 1000; i++) {
      const value = randomInt(random, 4, 6);
      expect([4, 5, 6]).toContain(value);
    }
    expect(shuffled(random, [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
