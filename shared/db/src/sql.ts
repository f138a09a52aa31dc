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
 * "Within the caller's areas" as SQL: `(col LIKE $1 OR col LIKE $2)`, each a prefix match
 * that a text_pattern_ops index serves. No areas means nothing is visible.
 */
export function areaScope(column: string, areas: readonly string[], params: Params): string {
  if (areas.length === 0) return 'FALSE';
  return `(${areas.map((area) => `${column} LIKE ${params.param(`${likeEscape(area)}%`)}`).join(' OR ')})`;
}

/** Prefix match of one area code ("everything within X"). */
export function within(column: string, code: string, params: Params): string {
  return `${column} LIKE ${params.param(`${likeEscape(code)}%`)}`;
}
