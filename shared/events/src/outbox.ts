import { randomUUID } from 'node:crypto';
import { EVENT_VERSIONS, type DataOf, type Domain, type EventOf, type EventType } from '@linli/contracts';
import type { EntityManager } from '@linli/db';
import { currentTraceparent } from './trace-context';

export interface EventContext {
  requestId?: string;
  traceparent?: string;
}

/**
 * Writes events into the outbox inside the caller's transaction, so an event exists
 * exactly when the business change it describes has committed.
 */
export class Outbox {
  constructor(private readonly source: Domain) {}

  async add<T extends EventType>(tx: EntityManager, type: T, areaCode: string, data: DataOf<T>, context: EventContext = {}): Promise<EventOf<T>> {
    if (!tx.queryRunner?.isTransactionActive) throw new Error(`event ${type} must be added inside a transaction`);
    // the trace of the request that writes the event continues in whoever consumes it
    context = { ...context, traceparent: context.traceparent ?? currentTraceparent() };
    const envelope = {
      id: randomUUID(),
      type,
      version: EVENT_VERSIONS[type],
      occurredAt: new Date().toISOString(),
      source: this.source,
      areaCode,
      data,
      trace: context.requestId || context.traceparent ? { requestId: context.requestId, traceparent: context.traceparent } : undefined,
    } as unknown as EventOf<T>;
    await tx.query(`/* outboxAdd */ INSERT INTO outbox (id, type, area_code, envelope) VALUES ($1, $2, $3, $4)`, [envelope.id, type, areaCode, envelope]);
    return envelope;
  }
}
