import DataLoader from 'dataloader';
import { connection, decodeCursor, type Connection } from '@linli/db';

/** One page of a parent's list: which parent, how many, after which cursor. */
export interface PageKey {
  id: string;
  first: number;
  after: string | null;
}

/** A row of a paged one-to-many fetch: the row, its parent, and the parent's total. */
export type Paged<T> = T & { parentId: string; total: number };

/**
 * A DataLoader for paginated one-to-many hops (a team's members, an activity's sign-ups):
 * the pages of every parent asked for in a tick come from one statement, whose window
 * functions count each parent's rows and number those past the cursor.
 * Keys with different page arguments go in separate statements (rare: usually all alike).
 */
export function pagedLoader<T>(
  fetch: (parentIds: string[], limit: number, cursor: unknown[] | null) => Promise<Paged<T>[]>,
  keyOf: (row: T) => unknown[],
): DataLoader<PageKey, Connection<T>, string> {
  return new DataLoader<PageKey, Connection<T>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Connection<T>>();
      for (const members of groups.values()) {
        const { first, after } = members[0];
        const found = await fetch(
          members.map((k) => k.id),
          first + 1,
          decodeCursor(after),
        );
        for (const key of members) {
          const own = found.filter((row) => row.parentId === key.id);
          const total = own[0]?.total ?? 0;
          pages.set(JSON.stringify(key), connection(own as T[], first, total, keyOf));
        }
      }
      return keys.map((key) => pages.get(JSON.stringify(key))!);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
