import DataLoader from 'dataloader';
import { isUuid } from './ids';

export interface LoaderOptions<K> {
  /**
   * Which keys can name a row at all (default: UUIDs for string keys, anything else as is).
   * A key that cannot is answered null (or an empty list) without reaching SQL, so one bad id
   * fails only itself, never the valid keys batched beside it.
   */
  valid?: (key: NoInfer<K>) => boolean;
  /** The cache key of a composite key (default: the key itself). */
  cacheKeyFn?: (key: NoInfer<K>) => unknown;
}

const uuidKeys = (key: unknown) => typeof key !== 'string' || isUuid(key);

/**
 * A per-request DataLoader whose batch function runs one statement for all keys
 * (`WHERE id = ANY($1)`) and answers in key order, null for a missing key. Keys are deduped by
 * the loader; keys that cannot name a row never reach the statement.
 */
export function batchLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K, options: LoaderOptions<K> = {}): DataLoader<K, V | null> {
  const valid = options.valid ?? uuidKeys;
  const cacheKey = options.cacheKeyFn ?? ((key: K) => key);
  return new DataLoader<K, V | null, unknown>(
    async (keys) => {
      const asked = keys.filter(valid);
      const found = new Map<unknown, V>();
      if (asked.length) for (const value of await fetch(asked)) found.set(cacheKey(keyOf(value)), value);
      return keys.map((key) => found.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** As batchLoader, for one-to-many hops: every key gets the (possibly empty) list of its rows. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K, options: LoaderOptions<K> = {}): DataLoader<K, V[]> {
  const valid = options.valid ?? uuidKeys;
  const cacheKey = options.cacheKeyFn ?? ((key: K) => key);
  return new DataLoader<K, V[], unknown>(
    async (keys) => {
      const asked = keys.filter(valid);
      const groups = new Map<unknown, V[]>(keys.map((key) => [cacheKey(key), []]));
      if (asked.length) for (const value of await fetch(asked)) groups.get(cacheKey(keyOf(value)))?.push(value);
      return keys.map((key) => groups.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** As batchLoader, for a figure per key (a count): a key with no row gets `fallback`. */
export function valueLoader<K, V>(fetch: (keys: readonly K[]) => Promise<[K, V][]>, fallback: V, options: LoaderOptions<K> = {}): DataLoader<K, V> {
  const valid = options.valid ?? uuidKeys;
  const cacheKey = options.cacheKeyFn ?? ((key: K) => key);
  return new DataLoader<K, V, unknown>(
    async (keys) => {
      const asked = keys.filter(valid);
      const found = new Map<unknown, V>();
      if (asked.length) for (const [key, value] of await fetch(asked)) found.set(cacheKey(key), value);
      return keys.map((key) => (found.has(cacheKey(key)) ? found.get(cacheKey(key))! : fallback));
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * Memoises a loader factory by its arguments, so every parent asking with the same arguments
 * (a period, a page size) shares one loader and so one statement.
 */
export function loaderPerArgs<A, L>(make: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args ?? null);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(args)));
    return loader;
  };
}

/** The values a loadMany found: missing keys (null) and per-key errors dropped. */
export function present<V>(values: readonly (V | null | Error)[]): V[] {
  return values.filter((v): v is V => v !== null && !(v instanceof Error));
}

/** A statistics key: an area and the period (or any other arguments) its figures are for. */
export interface FiguresKey<P> {
  code: string;
  period: P;
}

/**
 * The DataLoader behind `Area.<domain>(period)`: every area asked for in a tick, grouped by
 * period, costs one statement per distinct period (a dashboard asks for one), each over the
 * deduped list of codes. An area with no figures gets null.
 */
export function figuresLoader<P, V>(
  fetch: (codes: readonly string[], period: P) => Promise<V[]>,
  codeOf: (value: V) => string,
): DataLoader<FiguresKey<P>, V | null, string> {
  const keyOf = ({ code, period }: FiguresKey<P>) => `${code}|${JSON.stringify(period ?? null)}`;
  return new DataLoader<FiguresKey<P>, V | null, string>(
    async (keys) => {
      const byPeriod = new Map<string, { period: P; codes: Set<string> }>();
      for (const { code, period } of keys) {
        const k = JSON.stringify(period ?? null);
        if (!byPeriod.has(k)) byPeriod.set(k, { period, codes: new Set() });
        byPeriod.get(k)!.codes.add(code);
      }
      const found = new Map<string, V>();
      for (const [k, { period, codes }] of byPeriod) for (const figures of await fetch([...codes], period)) found.set(`${codeOf(figures)}|${k}`, figures);
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}
