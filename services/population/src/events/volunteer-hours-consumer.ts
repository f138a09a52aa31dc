import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { Outbox } from '@linli/events';
import { PointsService } from '../domain/points-service';

type HoursEvent = EventOf<'volunteering.hours.approved'> | EventOf<'volunteering.hours.reversed'>;

const outbox = new Outbox('population');

/**
 * Turns approved volunteer hours into migrants' points, and takes them back when the
 * approval is reversed. Idempotent on the event id twice over: the kernel's inbox, and the
 * unique source_event_id of the entry. A reversal that arrives before its approval is kept,
 * so the late approval then awards nothing.
 */
export const volunteerHoursConsumer: ConsumerDefinition<HoursEvent> = {
  name: 'population-volunteer-points',
  types: ['volunteering.hours.approved', 'volunteering.hours.reversed'],
  async handle(tx, event) {
    const points = new PointsService(tx, outbox);
    switch (event.type) {
      case 'volunteering.hours.approved':
        return points.awardVolunteerHours(event);
      case 'volunteering.hours.reversed':
        return points.reverseVolunteerHours(event);
      default:
        unhandled(event);
    }
  },
};
