import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders. Each request's GraphQL context gets a fresh registry, so batching and
 * caching never cross requests (or users, whose visibility differs).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly peekable = new Map<string, PeekableLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Like `get`, for a loader whose values, once primed or loaded, can be read without a promise. */
  getPeekable<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): PeekableLoader<K, V> {
    let loader = this.peekable.get(key) as PeekableLoader<K, V> | undefined;
    if (!loader) {
      loader = new PeekableLoader<K, V>(batch);
      this.peekable.set(key, loader as PeekableLoader<unknown, unknown>);
    }
    return loader;
  }
}

/**
 * A per-request DataLoader that also keeps the values it has settled, so that a field resolver can
 * answer synchronously when its value is already in the request (primed by the query that listed the
 * page). A synchronous answer costs graphql-js no promise for the field, nor for the objects above it
 * (docs/adr/0010-synchronous-field-resolvers.md).
 */
export class PeekableLoader<K, V> {
  private readonly settled = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>) {
    this.loader = new DataLoader<K, V>(
      async (keys) => {
        const values = await batch(keys);
        values.forEach((value, i) => {
          if (!(value instanceof Error)) this.settled.set(keys[i] as K, value);
        });
        return values;
      },
      { maxBatchSize: 1000 },
    );
  }

  load(key: K): Promise<V> {
    return this.loader.load(key);
  }

  prime(key: K, value: V): this {
    this.settled.set(key, value);
    this.loader.prime(key, value);
    return this;
  }

  /** The value, synchronously when it is already known, else once loaded (batched with the page's other keys). */
  get(key: K): V | Promise<V> {
    return this.settled.has(key) ? (this.settled.get(key) as V) : this.loader.load(key);
  }
}

/** A value now, or later. */
export type MaybePromise<T> = T | Promise<T>;

/** `then` applied now to a value that is already there, or when a promised one arrives. */
export function whenReady<T, R>(value: MaybePromise<T>, then: (value: T) => R): MaybePromise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}

export interface GraphQLRequestContext {
  req: import('express').Request;
  res: import('express').Response;
  loaders: LoaderRegistry;
}

/** Order batch results by the requested keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: V | null = null): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? missing);
}

/** Group batch results by key, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
