import type { Logger } from 'pino';
import { exec, type DataSource } from '@linli/db';

/** How long the event tables keep rows; every age in hours. */
export interface RetentionSettings {
  /** Outbox rows already acknowledged by JetStream (the stream holds the event from then on). */
  outboxSentHours: number;
  /**
   * Inbox rows. An inbox row is what makes a redelivery harmless, so this must outlast any
   * redelivery: JetStream redelivers only unacknowledged messages (ack wait 30 s), and the
   * relay's retries are de-duplicated within two minutes; days are a wide margin.
   */
  inboxHours: number;
  /** Dead letters: replayed ones, and unreplayed ones nobody acted on, after this long. */
  deadLetterHours: number;
  /** Rows deleted per statement, so a purge never holds long locks or bloats one transaction. */
  batchSize?: number;
}

export const DEFAULT_RETENTION: RetentionSettings = { outboxSentHours: 7 * 24, inboxHours: 14 * 24, deadLetterHours: 90 * 24, batchSize: 5_000 };

export interface Purged {
  outbox: number;
  inbox: number;
  deadLetters: number;
}

const seconds = (hours: number) => Math.round(hours * 3600);

async function inBatches(run: () => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await run();
    total += deleted;
    if (deleted < batchSize) return total;
  }
}

/**
 * Deletes what the retention settings no longer keep: sent outbox rows (never unsent ones),
 * old inbox rows, and dead letters that were replayed or have expired. Safe to run from several
 * replicas at once: each batch is one DELETE of rows it can lock.
 */
export async function purgeEvents(db: DataSource, settings: RetentionSettings = DEFAULT_RETENTION): Promise<Purged> {
  const batch = settings.batchSize ?? DEFAULT_RETENTION.batchSize!;
  const outbox = await inBatches(
    () =>
      exec(
        db,
        `/* outboxPurge */ DELETE FROM outbox WHERE seq IN (
           SELECT seq FROM outbox WHERE sent_at IS NOT NULL AND sent_at < now() - make_interval(secs => $1) ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [seconds(settings.outboxSentHours), batch],
      ),
    batch,
  );
  const inbox = await inBatches(
    () =>
      exec(
        db,
        `/* inboxPurge */ DELETE FROM inbox WHERE (consumer, event_id) IN (
           SELECT consumer, event_id FROM inbox WHERE processed_at < now() - make_interval(secs => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [seconds(settings.inboxHours), batch],
      ),
    batch,
  );
  const deadLetters = await inBatches(
    () =>
      exec(
        db,
        `/* deadLettersPurge */ DELETE FROM dead_letters WHERE id IN (
           SELECT id FROM dead_letters WHERE coalesce(replayed_at, failed_at) < now() - make_interval(secs => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [seconds(settings.deadLetterHours), batch],
      ),
    batch,
  );
  return { outbox, inbox, deadLetters };
}

/**
 * The kernel's background purge: once shortly after start, then every intervalMs. A failed
 * purge is logged and tried again at the next interval; it never stops the service.
 */
export function startRetention(
  db: DataSource,
  settings: RetentionSettings & { intervalMs: number },
  log: Logger,
  onPurged: (purged: Purged) => void = () => undefined,
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = purgeEvents(db, settings)
      .then((purged) => {
        onPurged(purged);
        if (purged.outbox || purged.inbox || purged.deadLetters) log.info({ purged }, 'event tables purged');
      })
      .catch((error) => log.warn({ err: error }, 'event purge failed; will retry'))
      .finally(() => (running = undefined));
  };
  const first = setTimeout(run, Math.min(settings.intervalMs, 30_000));
  const timer = setInterval(run, settings.intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
