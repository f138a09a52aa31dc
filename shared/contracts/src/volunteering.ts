import type { Envelope, IsoDate } from './envelope';

export type Organiser = { kind: 'TEAM'; teamId: string } | { kind: 'ORGANIZATION'; organizationId: string };

export interface HoursData {
  /** The attendance whose hours were approved or reversed; the reference points and records keep. */
  attendanceId: string;
  volunteerId: string;
  personId: string;
  activityId: string;
  organiser: Organiser;
  /** Hours in tenths are avoided: minutes are exact. */
  minutes: number;
  hours: number;
  servedOn: IsoDate;
}

export type VolunteeringEvent =
  | Envelope<'volunteering.volunteer.registered', 1, { volunteerId: string; personId: string; registeredOn: IsoDate }>
  | Envelope<'volunteering.activity.posted', 1, { activityId: string; organiser: Organiser; startsAt: string; endsAt: string }>
  | Envelope<'volunteering.activity.cancelled', 1, { activityId: string; organiser: Organiser }>
  | Envelope<'volunteering.activity.completed', 1, { activityId: string; organiser: Organiser }>
  | Envelope<'volunteering.hours.approved', 1, HoursData>
  | Envelope<'volunteering.hours.reversed', 1, HoursData & { reason: string; approvedEventId: string }>;
