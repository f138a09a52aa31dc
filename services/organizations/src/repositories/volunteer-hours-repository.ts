import { within, Params, rows } from '@linli/db';
import type { Period } from '@linli/domain';
import type { Db } from '@linli/db';

export interface HoursTotals {
  organizationId: string;
  minutes: number;
  attendances: number;
}

export interface Approval {
  approvalEventId: string;
  organizationId: string;
  attendanceId: string;
  activityId: string;
  personId: string;
  minutes: number;
  servedOn: string;
}

/** Read model of volunteering's approved hours for activities organizations ran. */
export class VolunteerHoursRepository {
  constructor(private readonly db: Db) {}

  /** An approval; if its reversal came first, the row already says reversed and stays so. */
  async approve(a: Approval): Promise<void> {
    await rows(
      this.db,
      `/* volunteerHoursApprove */ INSERT INTO volunteer_hours (approval_event_id, organization_id, attendance_id, activity_id, person_id, minutes, served_on, approved)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true)
       ON CONFLICT (approval_event_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, attendance_id = EXCLUDED.attendance_id,
         activity_id = EXCLUDED.activity_id, person_id = EXCLUDED.person_id, minutes = EXCLUDED.minutes, served_on = EXCLUDED.served_on, approved = true`,
      [a.approvalEventId, a.organizationId, a.attendanceId, a.activityId, a.personId, a.minutes, a.servedOn],
    );
  }

  /** A reversal of the approval it names, whether that approval has arrived yet or not. */
  async reverse(approvalEventId: string, organizationId: string): Promise<void> {
    await rows(
      this.db,
      `/* volunteerHoursReverse */ INSERT INTO volunteer_hours (approval_event_id, organization_id, reversed) VALUES ($1, $2, true)
       ON CONFLICT (approval_event_id) DO UPDATE SET reversed = true`,
      [approvalEventId, organizationId],
    );
  }

  /** Totals of many organizations in one statement, optionally within a period. */
  async totals(organizationIds: readonly string[], period: Period | null, scope: readonly string[]): Promise<HoursTotals[]> {
    const p = new Params([organizationIds]);
    const when = period ? `AND h.served_on BETWEEN ${p.param(period.from)}::date AND ${p.param(period.to)}::date` : '';
    return rows<HoursTotals>(
      this.db,
      `/* volunteerHoursByOrganizations */ SELECT h.organization_id AS "organizationId", sum(h.minutes)::float8 AS minutes, count(*)::int AS attendances
       FROM volunteer_hours h JOIN organizations o ON o.id = h.organization_id
       WHERE h.organization_id = ANY($1::uuid[]) AND h.approved AND NOT h.reversed ${when} AND ${within('o.area_code', scope, p)}
       GROUP BY h.organization_id`,
      p.values,
    );
  }
}
