import { randomBytes } from 'node:crypto';
import { FENGXINYUAN } from '@linli/demo';
import type { ChaosCluster } from './cluster';
import { sleep } from './cluster';

/** The grid the tool's persons are registered in; poison uses another one. */
export const WRITE_AREA = `${FENGXINYUAN}001`;
export const POISON_AREA = `${FENGXINYUAN}002`;

const REGISTER = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { code message } } }`;
const READ = `query Read($code: ID!) { area(code: $code) { name population { residents migrants } } }`;

let sequence = 0;

/**
 * Writes through the gateway: one registerPerson is one population.person.registered event,
 * whose effect is a row in four other services' read models.
 */
export class Writer {
  /** Persons whose registration the gateway acknowledged, with when it was sent. */
  readonly written = new Map<string, number>();
  /** When the gateway answered each of them. */
  readonly acknowledged = new Map<string, number>();
  errors = 0;
  reads = 0;
  readErrors = 0;
  lastError = '';
  private running = false;
  private loop?: Promise<void>;

  constructor(private readonly cluster: ChaosCluster) {}

  get ids(): string[] {
    return [...this.written.keys()];
  }

  private async post(query: string, variables: Record<string, unknown>): Promise<any> {
    const response = await fetch(this.cluster.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.cluster.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  /** Registers one person; true when the gateway acknowledged it. */
  async register(areaCode = WRITE_AREA): Promise<string | undefined> {
    const sent = Date.now();
    sequence += 1;
    try {
      const data = await this.post(REGISTER, {
        input: {
          name: `混沌${sequence}`,
          documentType: 'PASSPORT',
          documentNumber: `E${randomBytes(5).toString('hex').toUpperCase()}${sequence}`,
          sex: sequence % 2 ? 'MALE' : 'FEMALE',
          birthDate: '1990-01-01',
          householdType: 'MIGRANT',
          areaCode,
        },
      });
      const payload = data.registerPerson as { person: { id: string } | null; userErrors: { code: string; message: string }[] };
      if (!payload.person) throw new Error(payload.userErrors.map((e) => `${e.code}: ${e.message}`).join('; '));
      this.written.set(payload.person.id, sent);
      this.acknowledged.set(payload.person.id, Date.now());
      return payload.person.id;
    } catch (error) {
      this.errors += 1;
      this.lastError = (error as Error).message;
      return undefined;
    }
  }

  async read(): Promise<void> {
    try {
      await this.post(READ, { code: FENGXINYUAN });
      this.reads += 1;
    } catch (error) {
      this.readErrors += 1;
      this.lastError = (error as Error).message;
    }
  }

  /** Writes at about `perSecond` (with up to `concurrency` in flight) until stop(). */
  start(perSecond: number, options: { concurrency?: number; readsPerWrite?: number } = {}): void {
    this.running = true;
    const concurrency = options.concurrency ?? 16;
    const interval = 1_000 / perSecond;
    const begun = Date.now();
    let issued = 0;
    const worker = async () => {
      while (this.running) {
        const due = begun + issued * interval;
        issued += 1;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        if (!this.running) return;
        await this.register();
        for (let i = 0; i < (options.readsPerWrite ?? 0); i++) await this.read();
      }
    };
    this.loop = Promise.all(Array.from({ length: concurrency }, worker)).then(() => undefined);
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Writes until `count` more persons are acknowledged (or a minute past their due time). */
  async burst(count: number, perSecond = 50): Promise<void> {
    const target = this.written.size + count;
    this.start(perSecond, { concurrency: 8 });
    const deadline = Date.now() + 60_000 + (count / perSecond) * 2_000;
    while (this.written.size < target && Date.now() < deadline) await sleep(20);
    await this.stop();
  }
}
