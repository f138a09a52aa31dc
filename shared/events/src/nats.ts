import { connect, RetentionPolicy, StorageType, type JetStreamManager, type NatsConnection } from 'nats';
import { streamName, type Domain } from '@linli/contracts';

export type { NatsConnection, JetStreamClient, JetStreamManager } from 'nats';

/** Connects with endless reconnects: an outage delays events, it must never end the process. */
export async function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: url,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 5_000,
    maxPingOut: 2,
  });
}

/** Creates or updates the stream of each domain (idempotent; safe from every service on start). */
export async function ensureStreams(jsm: JetStreamManager, domains: readonly Domain[], namespace = '', replicas = 1): Promise<void> {
  for (const domain of domains) {
    const name = streamName(domain, namespace);
    const config = {
      name,
      subjects: [`${namespace ? `${namespace}.` : ''}${domain}.>`],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      // duplicates within this window are dropped by Nats-Msg-Id: relay retries cannot double an event
      duplicate_window: 2 * 60 * 1_000_000_000,
      max_age: 0,
      // 3 on a NATS cluster (NATS_STREAM_REPLICAS): a stream then survives the loss of one server
      num_replicas: replicas,
    };
    try {
      await jsm.streams.info(name);
      await jsm.streams.update(name, config);
    } catch (error) {
      if (!/stream not found/i.test(String((error as Error).message))) throw error;
      try {
        await jsm.streams.add(config);
      } catch (addError) {
        // two services provisioning at once: the other one won
        if (!/already in use/i.test(String((addError as Error).message))) throw addError;
      }
    }
  }
}
