/**
 * A tiny parameter collector for hand-written SQL: `q.param(v)` returns `$n`.
 * Statements stay readable and every value is bound, never spliced.
 */
export class Params {
  readonly values: unknown[] = [];
  constructor(initial: unknown[] = []) {
    this.values.push(...initial);
  }
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Escapes LIKE wildcards so user text is matched literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * "Within the given areas" as SQL: `(col LIKE $1 OR col LIKE $2)`, each a prefix match that a
 * text_pattern_ops index serves. One code or a list (the caller's scope); an empty list means
 * nothing is within, so the predicate is FALSE. The one way to say "within" with bound values.
 */
export function within(column: string, areas: string | readonly string[], params: Params): string {
  const codes = typeof areas === 'string' ? [areas] : areas;
  if (codes.length === 0) return 'FALSE';
  const match = codes.map((area) => `${column} LIKE ${params.param(`${likeEscape(area)}%`)}`);
  return match.length === 1 ? match[0] : `(${match.join(' OR ')})`;
}

/**
 * "Within the area whose code is the SQL expression `code`" (usually the outer row of a
 * lateral join over a list of areas, `a.code`). Written as a range with the text_pattern_ops
 * operators because the planner uses the prefix index for `~>=~`/`~<~` with a value from the
 * outer row, but never for a LIKE whose pattern is computed. Codes are digits and ':' sorts
 * right after '9', so `[code, code || ':')` is exactly the codes that start with code.
 */
export function withinCode(column: string, code = 'a.code'): string {
  return `(${column} ~>=~ ${code} AND ${column} ~<~ (${code} || ':'))`;
}
