/**
 * Statistics roll-ups kept by triggers in the writing transaction (population's design, shared):
 * each base table gets one statement-level trigger per operation with transition tables. The
 * rows a statement removed count -1 and the rows it added +1 under their old and new keys, in
 * a CTE `changes` (the base columns and `n`); each `apply` statement groups them by key and
 * upserts in key order (so concurrent writers lock roll-up rows in one order and cannot
 * deadlock), and an UPDATE that leaves the counted columns alone nets to zero and writes
 * nothing. No write path, present or future, can forget them.
 */
export interface Rollup {
  /** The base table the triggers sit on. */
  base: string;
  /** Columns (or `expression AS name`) of the base table the deltas are read from. */
  columns: string;
  /** Rows of the base table that count. */
  where: string;
  /** Statements applying the deltas in `changes(…, n)`; the CTE is prepended to each. */
  apply: string[];
  /** What TRUNCATE of the base table resets. */
  truncate: string;
}

const OPERATIONS = ['INSERT', 'UPDATE', 'DELETE'] as const;
const REFERENCING = { INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' } as const;

function changes(rollup: Rollup, operation: (typeof OPERATIONS)[number]): string {
  const added = `SELECT ${rollup.columns}, 1 AS n FROM new_rows WHERE ${rollup.where}`;
  const removed = `SELECT ${rollup.columns}, -1 AS n FROM old_rows WHERE ${rollup.where}`;
  const source = operation === 'INSERT' ? added : operation === 'DELETE' ? removed : `${removed} UNION ALL ${added}`;
  return `WITH changes AS MATERIALIZED (${source})`;
}

/** The statements that create a roll-up's trigger functions and triggers (run them before the backfill). */
export function rollupTriggersSql(rollup: Rollup): string[] {
  const name = (operation: string) => `stats_${rollup.base}_${operation.toLowerCase()}`;
  return [
    ...OPERATIONS.flatMap((operation) => [
      `CREATE FUNCTION ${name(operation)}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         ${rollup.apply.map((statement) => `${changes(rollup, operation)} ${statement};`).join('\n         ')}
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER ${name(operation)} AFTER ${operation} ON ${rollup.base}
       REFERENCING ${REFERENCING[operation]} FOR EACH STATEMENT EXECUTE FUNCTION ${name(operation)}()`,
    ]),
    `CREATE FUNCTION ${name('truncate')}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${rollup.truncate} RETURN NULL; END $$`,
    `CREATE TRIGGER ${name('truncate')} AFTER TRUNCATE ON ${rollup.base} FOR EACH STATEMENT EXECUTE FUNCTION ${name('truncate')}()`,
  ];
}

/** The statements that drop what rollupTriggersSql created. */
export function dropRollupTriggersSql(rollup: Rollup): string[] {
  return ['insert', 'update', 'delete', 'truncate'].flatMap((operation) => [
    `DROP TRIGGER stats_${rollup.base}_${operation} ON ${rollup.base}`,
    `DROP FUNCTION stats_${rollup.base}_${operation}()`,
  ]);
}
