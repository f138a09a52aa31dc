import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from 'pino';

/**
 * The supergraph shipped inside the package (`gateway/supergraph.graphql`), found from the
 * compiled file as well as from the sources: `dist/` and `src/` both sit one level below it.
 * A deployed package (`pnpm deploy`) carries it at its root, so the image finds it too.
 */
export const PACKAGED_SUPERGRAPH = path.resolve(__dirname, '..', 'supergraph.graphql');

/** Where the gateway reads its supergraph: SUPERGRAPH_PATH (a ConfigMap in Kubernetes), else the packaged one. */
export function supergraphPath(env: { SUPERGRAPH_PATH?: string }): string {
  return env.SUPERGRAPH_PATH || PACKAGED_SUPERGRAPH;
}

/** What the gateway currently serves, for /readyz, /healthz and the metrics. */
export interface SupergraphState {
  /** sha256 of the supergraph being served; undefined before the first load. */
  id?: string;
  loadedAt?: Date;
  /** The file watched; undefined when the supergraph was handed in as a string. */
  file?: string;
  /** The last change that was refused, kept until a good one replaces it. */
  rejected?: { id: string; at: Date; reason: string };
  swaps: number;
}

const hash = (sdl: string) => createHash('sha256').update(sdl).digest('hex');

/**
 * A supergraph source for ApolloGateway's `supergraphSdl` hook. With a file it polls the file
 * (polling, not fs.watch: a ConfigMap is updated by swapping a symlinked directory, which watch
 * events miss) and hands each new version to the gateway's update callback. The gateway builds
 * and validates the new schema before it swaps; a file that does not parse or compose is
 * refused, logged and counted, and the old supergraph is served on.
 */
export function supergraphSource(
  source: { sdl: string } | { file: string; pollMs: number },
  log: Logger,
  onChange: (state: SupergraphState) => void = () => undefined,
): { hook: SupergraphSdlHook; state: SupergraphState } {
  const state: SupergraphState = { swaps: 0, file: 'file' in source ? source.file : undefined };
  const hook: SupergraphSdlHook = async ({ update }) => {
    const initial = 'sdl' in source ? source.sdl : readFileSync(source.file, 'utf8');
    state.id = hash(initial);
    state.loadedAt = new Date();
    if (!('file' in source)) return { supergraphSdl: initial };
    let stopped = false;
    let last = state.id;
    const check = async () => {
      let sdl: string;
      try {
        sdl = await readFile(source.file, 'utf8');
      } catch (error) {
        // mid-swap or removed: keep serving, look again at the next poll
        log.warn({ err: error, file: source.file }, 'supergraph file unreadable; serving the current one');
        return;
      }
      const id = hash(sdl);
      if (id === last || stopped) return;
      last = id;
      try {
        update(sdl);
        state.id = id;
        state.loadedAt = new Date();
        state.swaps += 1;
        state.rejected = undefined;
        log.info({ supergraph: id.slice(0, 12) }, 'supergraph reloaded');
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0].slice(0, 300);
        state.rejected = { id, at: new Date(), reason };
        log.error({ supergraph: id.slice(0, 12), reason }, 'new supergraph refused; serving the previous one');
      }
      onChange(state);
    };
    const timer = setInterval(() => void check(), source.pollMs);
    timer.unref();
    return {
      supergraphSdl: initial,
      async cleanup() {
        stopped = true;
        clearInterval(timer);
      },
    };
  };
  return { hook, state };
}
