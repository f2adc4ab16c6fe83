import { LoaderRegistry, whenReady } from '../graphql/loaders';

describe('PeekableLoader', () => {
  const squares = () => {
    const batches: number[][] = [];
    const registry = new LoaderRegistry();
    const loader = registry.getPeekable<number, number>('squares', async (keys) => {
      batches.push([...keys]);
      return keys.map((key) => key * key);
    });
    return { registry, loader, batches };
  };

  it('answers a primed key synchronously, with no batch', () => {
    const { loader, batches } = squares();
    loader.prime(3, 9);
    expect(loader.get(3)).toBe(9);
    expect(batches).toEqual([]);
  });

  it('batches unknown keys, then answers them synchronously', async () => {
    const { loader, batches } = squares();
    const pending = [loader.get(2), loader.get(4)];
    expect(pending.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(pending)).toEqual([4, 16]);
    expect(batches).toEqual([[2, 4]]);
    expect([loader.get(2), loader.get(4)]).toEqual([4, 16]);
  });

  it('is one loader per key and request', () => {
    const { registry, loader } = squares();
    expect(registry.getPeekable('squares', async () => [])).toBe(loader);
    expect(new LoaderRegistry().getPeekable('squares', async () => [])).not.toBe(loader);
  });

  it('never answers a failed key synchronously', async () => {
    let calls = 0;
    const loader = new LoaderRegistry().getPeekable<string, string>('flaky', async (keys) => {
      calls++;
      return keys.map(() => new Error('down'));
    });
    await expect(loader.get('a')).rejects.toThrow('down');
    const again = loader.get('a');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('down');
    expect(calls).toBe(1); // DataLoader keeps the rejection for the rest of the request
  });
});

describe('whenReady', () => {
  it('applies now to a value and later to a promise', async () => {
    expect(whenReady(2, (n) => n + 1)).toBe(3);
    const later = whenReady(Promise.resolve(2), (n) => n + 1);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(3);
  });
});
