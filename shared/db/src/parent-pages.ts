import DataLoader from 'dataloader';
import { connection, decodeCursor, type Connection } from './pagination';
import { loaderPerArgs } from './batch';
import { isUuid } from './ids';
import { rows, type EntityManager } from './data-source';
import type { Params } from './sql';

export type Db = Pick<EntityManager, 'query'>;

/** A column of a list's order and the SQL type its cursor value is cast back to. */
export interface OrderKey {
  expr: string;
  cast: string;
}

export interface ParentPages<T> {
  /** Statement name, for pg_stat_statements and logs. */
  name: string;
  select: string;
  from: string;
  /** The column holding the parent's id. */
  parent: string;
  /** Further conditions (scope and filters), written with `params`. */
  where: string[];
  params: Params;
  order: OrderKey[];
  descending: boolean;
  keyOf: (row: T) => unknown[];
  parentOf: (row: T) => string;
}

/**
 * One page of a list for each of many parents (an organisation's members, a campaign's
 * donations) in one statement: window functions number and count each parent's rows, so a
 * list of 20 organisations asking for their members is one query, not 20. The same first and
 * after apply to every parent.
 */
export async function pagesByParent<T>(db: Db, keys: readonly string[], first: number, after: string | null | undefined, spec: ParentPages<T>): Promise<Connection<T>[]> {
  const p = spec.params;
  const keysParam = p.param(keys);
  const order = spec.order.map((k) => `${k.expr}${spec.descending ? ' DESC' : ''}`).join(', ');
  const cursor = decodeCursor(after);
  const past = cursor
    ? `((${spec.order.map((k) => k.expr).join(', ')}) ${spec.descending ? '<' : '>'} (${spec.order.map((k, i) => `${p.param(cursor[i])}::${k.cast}`).join(', ')}))`
    : 'TRUE';
  const found = await rows<T & { __total: number; __past: boolean }>(
    db,
    `/* ${spec.name} */ SELECT * FROM (
       SELECT ${spec.select},
         count(*) OVER (PARTITION BY ${spec.parent})::int AS "__total",
         row_number() OVER (PARTITION BY ${spec.parent}, ${past} ORDER BY ${order}) AS "__rn",
         ${past} AS "__past"
       FROM ${spec.from}
       WHERE ${spec.parent} = ANY(${keysParam}::uuid[]) AND ${spec.where.length ? spec.where.join(' AND ') : 'TRUE'}
     ) page WHERE ("__past" AND "__rn" <= ${p.param(first + 1)}) OR (NOT "__past" AND "__rn" = 1)
     ORDER BY "__rn"`,
    p.values,
  );
  const byParent = new Map<string, { total: number; page: T[] }>(keys.map((k) => [k, { total: 0, page: [] }]));
  for (const row of found) {
    const entry = byParent.get(spec.parentOf(row));
    if (!entry) continue;
    entry.total = row.__total;
    // one row before the cursor comes along only to carry the total of a parent whose page is empty
    if (row.__past) entry.page.push(row);
  }
  return keys.map((key) => {
    const { total, page } = byParent.get(key)!;
    return connection(page, first, total, spec.keyOf, after);
  });
}

/**
 * DataLoaders for paged one-to-many hops, one per distinct set of arguments: parents asking
 * for the same page share one statement. A parent id that is not a UUID gets an empty page
 * without reaching SQL.
 */
export function pagedLoader<A extends { after?: string | null }, T>(
  fetch: (parents: readonly string[], args: A) => Promise<Connection<T>[]>,
): (args: A) => DataLoader<string, Connection<T>> {
  return loaderPerArgs(
    (args: A) =>
      new DataLoader<string, Connection<T>>(async (parents) => {
        const asked = parents.filter(isUuid);
        const pages = new Map<string, Connection<T>>();
        if (asked.length) (await fetch(asked, args)).forEach((page, i) => pages.set(asked[i], page));
        return parents.map((parent) => pages.get(parent) ?? connection<T>([], 0, 0, () => [], args.after));
      }),
  );
}
