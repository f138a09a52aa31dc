import type express from 'express';
import { GraphQLError } from 'graphql';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import type { SubgraphName } from './env';
import type { SupergraphState } from './supergraph-source';

export type SubgraphStatus = 'up' | 'down';

/**
 * Probes each subgraph's /readyz, at most once per `cacheMs` however many probes ask: a
 * gateway replica's kubelet and a scraper must not multiply into a storm on the subgraphs.
 */
export class SubgraphProbe {
  private last?: { at: number; states: Promise<Record<string, SubgraphStatus>> };
  /** The states the last finished probe saw; empty before the first. */
  known: Record<string, SubgraphStatus> = {};

  constructor(
    private readonly urls: Record<SubgraphName, string>,
    private readonly agent: Dispatcher,
    private readonly onState: (name: string, status: SubgraphStatus) => void = () => undefined,
    private readonly cacheMs = 2_000,
  ) {}

  states(): Promise<Record<string, SubgraphStatus>> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return this.last.states;
    const states = Promise.all(
      Object.entries(this.urls).map(async ([name, url]) => {
        let status: SubgraphStatus = 'down';
        try {
          const response = await undiciFetch(new URL('/readyz', url), { dispatcher: this.agent, signal: AbortSignal.timeout(1_500) });
          await response.arrayBuffer();
          status = response.ok ? 'up' : 'down';
        } catch {
          /* down */
        }
        this.onState(name, status);
        return [name, status] as const;
      }),
    ).then((entries) => (this.known = Object.fromEntries(entries)));
    this.last = { at: Date.now(), states };
    return states;
  }
}

const describe = (state: SupergraphState) => ({
  id: state.id?.slice(0, 12),
  loadedAt: state.loadedAt?.toISOString(),
  file: state.file,
  swaps: state.swaps,
  rejected: state.rejected && { id: state.rejected.id.slice(0, 12), at: state.rejected.at.toISOString(), reason: state.rejected.reason },
});

/**
 * /healthz: the process answers (liveness; never depends on another process).
 * /readyz: the gateway holds a supergraph and can plan. A subgraph being down does not make the
 * gateway unready: its fields answer null with an error while the rest of each answer arrives,
 * and taking every gateway out of the Service would turn one subgraph's outage into a full one.
 * Both report each subgraph's state for operators.
 */
export function healthRoutes(app: express.Express, supergraph: SupergraphState, probe: SubgraphProbe): void {
  app.get('/healthz', (_req, res) => {
    // liveness must answer fast whatever the subgraphs do: the last known states, a probe started for the next call
    void probe.states();
    res.json({ status: 'ok', service: 'gateway', supergraph: describe(supergraph), subgraphs: probe.known });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = !!supergraph.id;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', supergraph: describe(supergraph), subgraphs: await probe.states() });
  });
}

/**
 * A subgraph that cannot be reached (refused, reset, timed out) answers as SUBGRAPH_UNAVAILABLE
 * naming the service: its fields are null, the rest of the answer arrives, and no internal
 * address or socket error reaches the caller. Errors the subgraph answered with pass unchanged.
 */
export function subgraphUnavailable(name: string, error: Error): Error {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError(`the ${name} service is unavailable; its fields are null in this answer`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: name },
  });
}
