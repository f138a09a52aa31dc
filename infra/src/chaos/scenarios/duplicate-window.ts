import { sleep } from '../cluster';
import { Writer } from '../load';
import { finish, POPULATION_STREAM, streamMessages, type Scenario } from '../scenario';

const WINDOW_NS = 1_000_000_000;
const DEFAULT_WINDOW_NS = 2 * 60 * 1_000_000_000;

/**
 * A redelivery after the JetStream duplicate window: events already applied are published
 * again (their outbox rows marked unsent) once the window has passed, so the stream takes
 * them as new; only the consumers' inboxes stand between them and a second effect.
 */
export const duplicateWindow: Scenario = {
  name: 'redelivery after the duplicate window',
  short: false,
  run: async ({ cluster, effects }) => {
    const writer = new Writer(cluster);
    await writer.burst(20, 20);
    await effects.converge(writer.ids);
    const jsm = await (await cluster.nc()).jetstreamManager();
    await jsm.streams.update(POPULATION_STREAM, { duplicate_window: WINDOW_NS });
    try {
      await sleep(2 * (WINDOW_NS / 1e6));
      const before = await streamMessages(cluster);
      const again = await effects
        .pool('population')
        .query(
          `/* chaosOutboxAgain */ UPDATE outbox SET sent_at = NULL WHERE type = 'population.person.registered' AND envelope->'data'->>'personId' = ANY($1::text[])`,
          [writer.ids],
        );
      await effects.pool('population').query(`/* chaosOutboxWake */ NOTIFY linli_outbox`);
      const deadline = Date.now() + 30_000;
      while ((await effects.outboxUnsent()) > 0 && Date.now() < deadline) await sleep(100);
      const stored = (await streamMessages(cluster)) - before;
      const outcome = await finish({ cluster, effects }, writer, '');
      outcome.note = `${again.rowCount} republished after the window, ${stored} stored again by the stream, inbox dropped them`;
      return outcome;
    } finally {
      await jsm.streams.update(POPULATION_STREAM, { duplicate_window: DEFAULT_WINDOW_NS });
    }
  },
};
