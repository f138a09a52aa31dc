import type { DataSource } from '@linli/db';
import { today as todayInChina, type IsoDate } from '@linli/domain';
import type { Outbox } from '@linli/events';
import type { Logger } from '@linli/subgraph';
import { HazardRepository } from '../repositories/hazard-repository';

/** Hazards marked per transaction: keeps each transaction short when a backlog builds up. */
const BATCH = 500;

/**
 * Marks hazards whose deadline has passed unrectified as overdue and publishes
 * housing.hazard.overdue once per hazard: the mark and the event commit together, and a
 * marked hazard is never picked again.
 */
export class HazardSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Returns the ids marked overdue in this run. */
  async run(today: IsoDate = todayInChina()): Promise<string[]> {
    const marked: string[] = [];
    for (;;) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const overdue = await new HazardRepository(tx).markOverdue(today, BATCH);
        for (const h of overdue) await this.outbox.add(tx, 'housing.hazard.overdue', h.areaCode, { hazardId: h.id, houseId: h.houseId, deadline: h.deadline });
        return overdue.map((h) => h.id);
      });
      marked.push(...batch);
      if (batch.length < BATCH) return marked;
    }
  }

  /** Runs now and then every intervalMs until stopped; a failed run is logged and retried next time. */
  every(intervalMs: number, log: Logger): { stop(): Promise<void> } {
    let running: Promise<unknown> = Promise.resolve();
    let busy = false;
    let stopped = false;
    const tick = () => {
      if (stopped || busy) return; // a slow run is never overlapped by the next tick
      busy = true;
      running = this.run()
        .then((ids) => ids.length && log.info({ overdue: ids.length }, 'hazards marked overdue'))
        .catch((error) => log.error({ err: error }, 'overdue sweep failed'))
        .finally(() => (busy = false));
    };
    tick();
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    return {
      async stop() {
        stopped = true;
        clearInterval(timer);
        await running;
      },
    };
  }
}
