import { randomUUID } from 'node:crypto';
import type { EventOf } from '@linli/contracts';
import type { DataSource, EntityManager } from '@linli/db';
import { today } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { PersonRepository } from '../repositories/person-repository';
import { PointsRepository, type NewPointsEntry } from '../repositories/points-repository';
import { fullMonthsBetween, pointsForMinutes, RESIDENCE_POINTS_PER_MONTH } from './rules';

const HOURS_APPROVED = 'volunteering.hours.approved';

/**
 * The points ledger (积分) of migrants. Entries are only ever added: a revoked source gets a
 * negative entry that reverses its award, so the history shows both.
 */
export class PointsService {
  constructor(
    private readonly tx: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Approved volunteer hours earn points once per approval event (the unique source_event_id
   * backs the consumer's inbox), unless the approval was already revoked (the reversal
   * arrived first). Locals hold no points account, so their hours earn nothing here.
   */
  async awardVolunteerHours(event: EventOf<'volunteering.hours.approved'>): Promise<void> {
    const points = new PointsRepository(this.tx);
    if (await points.isRevoked(event.id)) return;
    const [person] = await new PersonRepository(this.tx).anyByIds([event.data.personId]);
    if (!person) throw new Error(`person ${event.data.personId} is not known to population`);
    if (person.householdType !== 'MIGRANT') return;
    const amount = pointsForMinutes(event.data.minutes);
    if (amount <= 0) return;
    await this.add(
      {
        id: randomUUID(),
        personId: person.id,
        rule: 'VOLUNTEER_HOURS',
        source: HOURS_APPROVED,
        reference: event.data.attendanceId,
        points: amount,
        awardedOn: event.data.servedOn,
        sourceEventId: event.id,
        reverses: null,
      },
      person.areaCode,
    );
  }

  /** Reverses the award of a revoked approval; remembers the revocation if the award has not arrived yet. */
  async reverseVolunteerHours(event: EventOf<'volunteering.hours.reversed'>): Promise<void> {
    const points = new PointsRepository(this.tx);
    await points.revoke(event.data.approvedEventId, event.id);
    const award = await points.awardedBy(event.data.approvedEventId);
    if (!award || award.reversed) return;
    const [person] = await new PersonRepository(this.tx).anyByIds([award.personId]);
    await this.add(
      {
        id: randomUUID(),
        personId: award.personId,
        rule: award.rule,
        source: 'volunteering.hours.reversed',
        reference: award.reference,
        points: -award.points,
        awardedOn: today(),
        sourceEventId: event.id,
        reverses: award.id,
      },
      person?.areaCode ?? '',
    );
  }

  /**
   * Residence points up to a day: for each migrant living in the district, one point per full
   * month since they settled, less what this stretch has already earned. Each run adds at most
   * one entry per person, named by the stretch and the month count, so a rerun adds nothing.
   */
  async accrueResidenceMonths(asOf: string, afterId: string | null, limit: number): Promise<{ lastId: string | null; awarded: number }> {
    const points = new PointsRepository(this.tx);
    const migrants = await points.settledMigrants(afterId, limit);
    let awarded = 0;
    for (const m of migrants) {
      const months = fullMonthsBetween(m.settledSince, asOf);
      const due = months * RESIDENCE_POINTS_PER_MONTH - m.accrued;
      if (due <= 0) continue;
      const added = await this.add(
        {
          id: randomUUID(),
          personId: m.personId,
          rule: 'RESIDENCE_MONTHS',
          source: 'population.residence',
          reference: `residence:${m.settledSince}:m${months}`,
          points: due,
          awardedOn: asOf,
          sourceEventId: null,
          reverses: null,
        },
        m.areaCode,
      );
      if (added) awarded += 1;
    }
    return { lastId: migrants.at(-1)?.personId ?? null, awarded };
  }

  private async add(entry: NewPointsEntry, areaCode: string): Promise<boolean> {
    const created = await new PointsRepository(this.tx).insert(entry);
    if (!created) return false;
    await this.outbox.add(this.tx, 'population.points.awarded', areaCode, {
      entryId: created.id,
      personId: created.personId,
      rule: created.rule,
      points: created.points,
      reference: created.reference,
      ...(entry.reverses ? { reverses: entry.reverses } : {}),
    });
    return true;
  }
}

/** Runs the residence accrual over every migrant, a batch per transaction. */
export async function accrueResidencePoints(dataSource: DataSource, outbox: Outbox, asOf: string = today(), batchSize = 500): Promise<number> {
  let afterId: string | null = null;
  let awarded = 0;
  for (;;) {
    const batch: { lastId: string | null; awarded: number } = await dataSource.transaction((tx) => new PointsService(tx, outbox).accrueResidenceMonths(asOf, afterId, batchSize));
    awarded += batch.awarded;
    if (!batch.lastId) return awarded;
    afterId = batch.lastId;
  }
}
