import { sleep } from '../cluster';
import { underWrites, type Scenario } from '../scenario';

const VICTIM = 'mediation';

/** The TCP link between mediation and NATS cut (connections dropped, new ones refused) and restored. */
export const linkCut: Scenario = {
  name: 'link mediation ↔ NATS cut and restored',
  short: true,
  run: (context) =>
    underWrites(context, {}, async () => {
      const link = context.cluster.links.get(VICTIM)!;
      const cutMs = context.short ? 5_000 : 15_000;
      link.cutOff();
      await sleep(cutMs);
      link.restore();
      return `cut ${cutMs / 1000} s`;
    }),
};
