import type { ApolloServerPlugin } from '@apollo/server';
import client from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Distinct operation names kept as label values; past this, `other` (callers choose names: cardinality must be bounded). */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What one request leaves for the metrics and the access log; kept in res.locals and the GraphQL context. */
export interface Observed {
  operation?: string;
  codes: Set<string>;
}

export const newObserved = (): Observed => ({ codes: new Set() });

/**
 * The gateway's Prometheus series (service="gateway"): request latency by operation and status,
 * subgraph-fetch latency by operation and subgraph, errors by code, each subgraph's state and the
 * supergraph's reloads.
 */
export class GatewayMetrics {
  readonly registry = new client.Registry();
  private readonly operations = new Set<string>();
  private readonly requestSeconds: client.Histogram<'operation' | 'status'>;
  private readonly fetchSeconds: client.Histogram<'operation' | 'subgraph' | 'outcome'>;
  private readonly errors: client.Counter<'code'>;
  readonly subgraphUp: client.Gauge<'subgraph'>;
  readonly supergraphReloads: client.Counter<'outcome'>;

  constructor() {
    this.registry.setDefaultLabels({ service: 'gateway' });
    client.collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requestSeconds = new client.Histogram({
      name: 'linli_gateway_request_duration_seconds',
      help: 'GraphQL requests at the gateway, by operation and HTTP status',
      labelNames: ['operation', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.fetchSeconds = new client.Histogram({
      name: 'linli_gateway_subgraph_fetch_duration_seconds',
      help: 'Fetches from the gateway to a subgraph, by operation, subgraph and outcome',
      labelNames: ['operation', 'subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new client.Counter({ name: 'linli_gateway_errors_total', help: 'Errors in answers, by extensions.code', labelNames: ['code'], registers });
    this.subgraphUp = new client.Gauge({
      name: 'linli_gateway_subgraph_up',
      help: '1 when the subgraph answered its last readiness probe',
      labelNames: ['subgraph'],
      registers,
    });
    this.supergraphReloads = new client.Counter({
      name: 'linli_gateway_supergraph_reloads_total',
      help: 'New supergraph files seen, by outcome (swapped, refused)',
      labelNames: ['outcome'],
      registers,
    });
  }

  /** The label for an operation name: the name when well formed and among the first MAX_OPERATIONS seen. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  request(observed: Observed, status: number, seconds: number): void {
    this.requestSeconds.observe({ operation: this.operationLabel(observed.operation), status: String(status) }, seconds);
    for (const code of observed.codes) this.errors.inc({ code });
  }

  async timeFetch<T>(subgraph: string, operation: string | null | undefined, fetch: () => Promise<T>): Promise<T> {
    const start = process.hrtime.bigint();
    let outcome = 'error';
    try {
      const result = await fetch();
      outcome = 'ok';
      return result;
    } finally {
      this.fetchSeconds.observe({ operation: this.operationLabel(operation), subgraph, outcome }, Number(process.hrtime.bigint() - start) / 1e9);
    }
  }

  /** Notes the operation's name and every error code of the answer in the request's Observed. */
  plugin(): ApolloServerPlugin<{ observed?: Observed }> {
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ operationName, contextValue }) {
            if (contextValue.observed) contextValue.observed.operation = operationName ?? undefined;
          },
          async didEncounterErrors({ errors, contextValue, request }) {
            if (!contextValue.observed) return;
            contextValue.observed.operation ??= request.operationName ?? undefined;
            for (const error of errors) contextValue.observed.codes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          },
        };
      },
    };
  }
}
