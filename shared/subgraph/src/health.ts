import type express from 'express';
import type { DataSource } from '@linli/db';
import { outboxBacklog, type NatsConnection } from '@linli/events';
import { withTimeout } from './metrics';

async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  try {
    await withTimeout(dataSource.query('/* readiness */ SELECT 1'), 1_000);
    return true;
  } catch {
    return false;
  }
}

async function natsAnswers(nats: NatsConnection): Promise<boolean> {
  if (nats.isClosed()) return false;
  try {
    await withTimeout(nats.flush(), 1_000);
    return true;
  } catch {
    return false;
  }
}

/**
 * /healthz is liveness: the process answers, always 200, with details for operators (database,
 * NATS, the outbox's backlog); "degraded" when a dependency is away. /readyz is "can serve": the
 * database answers. NATS is deliberately not part of readiness: while it is away, mutations still
 * commit and their events wait in the outbox, so taking every replica out of its Service for a
 * NATS blip would turn a delay into an outage.
 */
export function healthRoutes(app: express.Express, service: string, dataSource: DataSource, nats: NatsConnection): void {
  app.get('/healthz', async (_req, res) => {
    const [database, natsUp] = await Promise.all([databaseAnswers(dataSource), natsAnswers(nats)]);
    const outbox = database ? await withTimeout(outboxBacklog(dataSource), 1_000).catch(() => undefined) : undefined;
    res.json({
      status: database && natsUp ? 'ok' : 'degraded',
      service,
      details: {
        database: database ? 'up' : 'down',
        nats: natsUp ? 'up' : 'down',
        outbox: outbox && { backlog: outbox.backlog, oldestAgeSeconds: Math.round(outbox.oldestAgeSeconds), deadLetters: outbox.deadLetters },
      },
    });
  });
  app.get('/readyz', async (_req, res) => {
    const database = await databaseAnswers(dataSource);
    res.status(database ? 200 : 503).json({ status: database ? 'ready' : 'not ready', checks: { database } });
  });
}
