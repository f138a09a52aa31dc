/** Relay-style cursor pagination over a (sortKey, id) order. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export class PaginationError extends Error {}

export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw new PaginationError(`first must be between 0 and ${MAX_PAGE}`);
  return first;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key)) throw new Error();
    return key;
  } catch {
    throw new PaginationError('after is not a cursor this list gave out');
  }
}

/**
 * Builds a connection from rows fetched with LIMIT first + 1. `after` is the cursor the page
 * was asked for with: paging forward, pages come before this one exactly when there is one.
 */
export function connection<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => unknown[], after?: string | null): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
