import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { VolunteerHoursRepository } from '../repositories/volunteer-hours-repository';

type HoursEvent = EventOf<'volunteering.hours.approved'> | EventOf<'volunteering.hours.reversed'>;

/**
 * Keeps each organization's approved volunteer hours from volunteering's events, for the
 * activities the organization ran (a team's activities are not ours). One row per approval:
 * a reversal names the approval it undoes, so the two merge whichever arrives first, and the
 * kernel's inbox makes a redelivered event change nothing.
 */
export const volunteerHoursConsumer: ConsumerDefinition<HoursEvent> = {
  name: 'organizations-volunteer-hours',
  types: ['volunteering.hours.approved', 'volunteering.hours.reversed'],
  async handle(tx, event) {
    const { organiser } = event.data;
    if (organiser.kind !== 'ORGANIZATION') return;
    const hours = new VolunteerHoursRepository(tx);
    switch (event.type) {
      case 'volunteering.hours.approved': {
        const { attendanceId, activityId, personId, minutes, servedOn } = event.data;
        await hours.approve({ approvalEventId: event.id, organizationId: organiser.organizationId, attendanceId, activityId, personId, minutes, servedOn });
        return;
      }
      case 'volunteering.hours.reversed':
        await hours.reverse(event.data.approvedEventId, organiser.organizationId);
        return;
      default:
        unhandled(event);
    }
  },
};
