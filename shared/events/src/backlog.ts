import { row, type DataSource } from '@linli/db';

export interface OutboxBacklog {
  /** Events committed but not yet acknowledged by JetStream. */
  backlog: number;
  /** Age of the oldest of them in seconds; 0 when there is none. */
  oldestAgeSeconds: number;
  /** Dead letters not yet replayed. */
  deadLetters: number;
}

/** The event tables' state for /healthz and the metrics: one statement, served by the partial unsent index. */
export async function outboxBacklog(db: Pick<DataSource, 'query'>): Promise<OutboxBacklog> {
  const result = await row<{ backlog: string; oldest: number | null; dead: string }>(
    db,
    `/* outboxBacklog */ SELECT
       (SELECT count(*) FROM outbox WHERE sent_at IS NULL) AS backlog,
       (SELECT extract(epoch FROM now() - min(created_at))::float8 FROM outbox WHERE sent_at IS NULL) AS oldest,
       (SELECT count(*) FROM dead_letters WHERE replayed_at IS NULL) AS dead`,
  );
  return { backlog: Number(result?.backlog ?? 0), oldestAgeSeconds: Math.max(0, result?.oldest ?? 0), deadLetters: Number(result?.dead ?? 0) };
}
