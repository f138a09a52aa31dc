import { eventually, probeState, probeSubgraph } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';

describe('a service shutting down', () => {
  it('finishes the requests in flight, then refuses new connections and closes its pool', async () => {
    const fed = await TestFederation.start([probeSubgraph]);
    const service = fed.service('housing');
    const token = await tokenFor('DISTRICT_ADMIN', ['440118']);
    try {
      const started = probeState.slowStarted;
      const inFlight = fed.query(token, '{ slow(ms: 400) }');
      await eventually(() => expect(probeState.slowStarted).toBe(started + 1));
      const stopping = service.stop();
      const answered = await inFlight;
      await stopping;
      expect(answered.errors).toBeUndefined();
      expect(answered.status).toBe(200);
      expect(answered.data).toEqual({ slow: 'done after 400 ms' });
      await expect(fetch(service.url.replace(/\/graphql$/, '/healthz'))).rejects.toThrow();
      expect(service.deps.dataSource.isInitialized).toBe(false);
      expect(service.deps.nats.isClosed()).toBe(true);
    } finally {
      await fed.stop();
    }
  });
});
