import DataLoader from 'dataloader';

/**
 * A per-request DataLoader whose batch function runs one statement for all keys
 * (`WHERE id = ANY($1)`) and answers in key order, null for a missing key.
 */
export function batchLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map<K, V>();
    for (const value of await fetch(keys)) found.set(keyOf(value), value);
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** As batchLoader, for one-to-many hops: every key gets the (possibly empty) list of its rows. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const value of await fetch(keys)) groups.get(keyOf(value))?.push(value);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** The values a loadMany found: missing keys (null) and per-key errors dropped. */
export function present<V>(values: readonly (V | null | Error)[]): V[] {
  return values.filter((v): v is V => v !== null && !(v instanceof Error));
}
