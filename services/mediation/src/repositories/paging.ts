import { connection, decodeCursor, type Connection } from '@linli/db';

/** A row of a per-parent page, with the parent's total carried along by the window query. */
export interface PagedRow {
  total: number;
}

/**
 * Splits the rows of one windowed statement (every parent's first+1 rows, newest first) into
 * one connection per parent, so a list of parents pages its children in one statement.
 */
export function connectionsByParent<T extends PagedRow>(
  parents: readonly string[],
  found: T[],
  parentOf: (row: T) => string,
  first: number,
  keyOf: (row: T) => unknown[],
): Connection<T>[] {
  const groups = new Map<string, T[]>(parents.map((p) => [p, []]));
  for (const row of found) groups.get(parentOf(row))?.push(row);
  return parents.map((p) => {
    const list = groups.get(p) ?? [];
    return connection(list, first, list[0]?.total ?? 0, keyOf);
  });
}

/** The cursor of a (date, id) descending order, or null for the first page. */
export function dateIdCursor(after: string | null | undefined): [string, string] | null {
  const cursor = decodeCursor(after);
  return cursor ? [String(cursor[0]), String(cursor[1])] : null;
}
