/** The five domains; each owns one JetStream stream and the subjects `<domain>.<entity>.<verb>`. */
export const DOMAINS = ['housing', 'population', 'organizations', 'mediation', 'volunteering'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * What travels on NATS. `type` is the subject without namespace, past tense;
 * `version` is the contract version of `data` for that type (bumped on a breaking change,
 * consumers switch on it).
 */
export interface Envelope<T extends string, V extends number, D> {
  /** UUID; also the Nats-Msg-Id and the inbox key, so a redelivery is recognised. */
  id: string;
  type: T;
  version: V;
  /** ISO-8601 instant the business change committed. */
  occurredAt: string;
  /** The service that published it. */
  source: Domain;
  /** The area the change belongs to (a grid or community code), for routing and scope. */
  areaCode: string;
  data: D;
  /** W3C trace context and the request that caused it. */
  trace?: { traceparent?: string; requestId?: string };
}

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;
