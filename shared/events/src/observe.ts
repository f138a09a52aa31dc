/**
 * What the event machinery reports as it works, for metrics (and traces) kept outside it:
 * the relay and the consumers call these; the service kernel turns them into Prometheus series.
 * Every method is optional and must not throw.
 */
export interface EventObserver {
  /** One envelope acknowledged by JetStream after `seconds`. */
  published?(type: string, seconds: number): void;
  /** One publish refused or timed out (NATS away). */
  publishFailed?(type: string): void;
  /** A message handed to a consumer; deliveryCount > 1 is a redelivery. */
  delivered?(consumer: string, deliveryCount: number): void;
  /** The outcome of one delivery and how long the handler's transaction took. */
  handled?(consumer: string, outcome: 'applied' | 'skipped' | 'failed' | 'dead-lettered', seconds: number): void;
}

/** Seconds since a process.hrtime.bigint() reading. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
