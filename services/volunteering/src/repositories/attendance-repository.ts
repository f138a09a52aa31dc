import { pagesByParent, Params, rows, type Connection, type Db } from '@linli/db';
import type { Reach } from '../domain/access';
import { attendanceVisible } from './reach';

export type AttendanceStatus = 'SIGNED_UP' | 'CANCELLED' | 'CHECKED_IN' | 'CHECKED_OUT' | 'NO_SHOW';
export type HoursStatus = 'PENDING' | 'APPROVED' | 'REVERSED';

export interface AttendanceRow {
  id: string;
  activityId: string;
  volunteerId: string;
  areaCode: string;
  servedOn: string;
  startsAt: Date;
  endsAt: Date;
  status: AttendanceStatus;
  signedUpAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  recordedMinutes: number | null;
  adjustedMinutes: number | null;
  adjustmentReason: string | null;
  hoursStatus: HoursStatus | null;
  approvedAt: Date | null;
}

export interface HoursEntryRow {
  id: string;
  attendanceId: string;
  kind: 'APPROVAL' | 'REVERSAL';
  minutes: number;
}

const COLUMNS = `t.id, t.activity_id AS "activityId", t.volunteer_id AS "volunteerId", t.area_code AS "areaCode", to_char(t.served_on, 'YYYY-MM-DD') AS "servedOn",
  t.starts_at AS "startsAt", t.ends_at AS "endsAt", t.status, t.signed_up_at AS "signedUpAt", t.checked_in_at AS "checkedInAt", t.checked_out_at AS "checkedOutAt",
  t.recorded_minutes AS "recordedMinutes", t.adjusted_minutes AS "adjustedMinutes", t.adjustment_reason AS "adjustmentReason", t.hours_status AS "hoursStatus",
  t.approved_at AS "approvedAt"`;

export const attendanceKey = (a: AttendanceRow) => [a.signedUpAt.toISOString(), a.id];

export class AttendanceRepository {
  constructor(private readonly db: Db) {}

  /** Attendances by id the caller may read (a volunteer: only their own). */
  async byIds(ids: readonly string[], reach: Reach, forUpdate = false): Promise<AttendanceRow[]> {
    const p = new Params([ids]);
    return rows<AttendanceRow>(
      this.db,
      `/* attendancesByIds */ SELECT ${COLUMNS} FROM attendances t WHERE t.id = ANY($1::uuid[]) AND ${attendanceVisible('t', reach, p)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  /** A page of sign-ups for each of many activities or volunteers, in order of signing up (one statement). */
  async pages(parent: 'activity' | 'volunteer', ids: readonly string[], args: { first: number; after?: string | null }, reach: Reach): Promise<Connection<AttendanceRow>[]> {
    const p = new Params();
    const column = parent === 'activity' ? 't.activity_id' : 't.volunteer_id';
    return pagesByParent<AttendanceRow>(this.db, ids, args.first, args.after, {
      name: parent === 'activity' ? 'attendancePagesByActivities' : 'attendancePagesByVolunteers',
      select: COLUMNS,
      from: 'attendances t',
      parent: column,
      where: [attendanceVisible('t', reach, p)],
      params: p,
      order: [
        // the cursor carries milliseconds (a JavaScript Date), so the order is on milliseconds too
        { expr: "date_trunc('milliseconds', t.signed_up_at)", cast: 'timestamptz' },
        { expr: 't.id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: attendanceKey,
      parentOf: (a) => (parent === 'activity' ? a.activityId : a.volunteerId),
    });
  }

  async liveSignUp(activityId: string, volunteerId: string): Promise<boolean> {
    return (
      (await rows(this.db, `/* attendanceLiveFind */ SELECT 1 FROM attendances WHERE activity_id = $1 AND volunteer_id = $2 AND status <> 'CANCELLED'`, [activityId, volunteerId]))
        .length > 0
    );
  }

  /** The volunteer's live sign-ups for other activities overlapping [startsAt, endsAt), cancelled activities aside. */
  async clashes(volunteerId: string, activityId: string, startsAt: Date, endsAt: Date): Promise<{ activityId: string; title: string }[]> {
    return rows(
      this.db,
      `/* attendanceClashes */ SELECT t.activity_id AS "activityId", a.title FROM attendances t JOIN activities a ON a.id = t.activity_id
       WHERE t.volunteer_id = $1 AND t.activity_id <> $2 AND t.status IN ('SIGNED_UP', 'CHECKED_IN', 'CHECKED_OUT')
         AND a.status <> 'CANCELLED' AND t.starts_at < $4 AND t.ends_at > $3`,
      [volunteerId, activityId, startsAt, endsAt],
    );
  }

  async insert(a: { id: string; activityId: string; volunteerId: string; areaCode: string; servedOn: string; startsAt: Date; endsAt: Date }): Promise<AttendanceRow> {
    const [created] = await rows<AttendanceRow>(
      this.db,
      `/* attendanceInsert */ INSERT INTO attendances AS t (id, activity_id, volunteer_id, area_code, served_on, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [a.id, a.activityId, a.volunteerId, a.areaCode, a.servedOn, a.startsAt, a.endsAt],
    );
    return created;
  }

  /** Writes the given columns of one attendance (the domain decided them). */
  async update(
    id: string,
    change: Partial<Pick<AttendanceRow, 'status' | 'checkedInAt' | 'checkedOutAt' | 'recordedMinutes' | 'adjustedMinutes' | 'adjustmentReason' | 'hoursStatus' | 'approvedAt'>> & {
      cancelledAt?: Date;
    },
  ): Promise<AttendanceRow> {
    const columns: Record<string, string> = {
      status: 'status',
      checkedInAt: 'checked_in_at',
      checkedOutAt: 'checked_out_at',
      recordedMinutes: 'recorded_minutes',
      adjustedMinutes: 'adjusted_minutes',
      adjustmentReason: 'adjustment_reason',
      hoursStatus: 'hours_status',
      approvedAt: 'approved_at',
      cancelledAt: 'cancelled_at',
    };
    const p = new Params([id]);
    const sets = Object.entries(change)
      .filter(([key, value]) => value !== undefined && key in columns)
      .map(([key, value]) => `${columns[key]} = ${p.param(value)}`);
    const [updated] = await rows<AttendanceRow>(this.db, `/* attendanceUpdate */ UPDATE attendances AS t SET ${sets.join(', ')} WHERE t.id = $1 RETURNING ${COLUMNS}`, p.values);
    return updated;
  }

  /** Counts an activity's sign-ups by status, with the rows locked so none changes meanwhile. */
  async statusesOf(activityId: string): Promise<Record<AttendanceStatus, number>> {
    const found = await rows<{ status: AttendanceStatus }>(this.db, `/* attendanceStatusesOf */ SELECT status FROM attendances WHERE activity_id = $1 FOR UPDATE`, [activityId]);
    const counts = { SIGNED_UP: 0, CANCELLED: 0, CHECKED_IN: 0, CHECKED_OUT: 0, NO_SHOW: 0 };
    for (const { status } of found) counts[status] += 1;
    return counts;
  }

  /** Moves every sign-up of an activity in one status to another (cancelling an activity, completing it). */
  async moveAll(activityId: string, from: AttendanceStatus, to: AttendanceStatus): Promise<number> {
    const moved = await rows(
      this.db,
      `/* attendancesMoveAll */ UPDATE attendances SET status = $3, cancelled_at = CASE WHEN $3 = 'CANCELLED' THEN now() ELSE cancelled_at END
       WHERE activity_id = $1 AND status = $2 RETURNING id`,
      [activityId, from, to],
    );
    return moved.length;
  }

  /** The ledger of one attendance, oldest first. */
  async entriesOf(attendanceId: string): Promise<HoursEntryRow[]> {
    return rows<HoursEntryRow>(
      this.db,
      `/* hoursEntriesOf */ SELECT id, attendance_id AS "attendanceId", kind, minutes FROM hours_entries WHERE attendance_id = $1 ORDER BY recorded_at, kind`,
      [attendanceId],
    );
  }

  async addEntry(entry: {
    id: string;
    attendance: AttendanceRow;
    kind: 'APPROVAL' | 'REVERSAL';
    minutes: number;
    reason: string | null;
    reverses: string | null;
    recordedBy: string;
  }): Promise<void> {
    const a = entry.attendance;
    await rows(
      this.db,
      `/* hoursEntryAdd */ INSERT INTO hours_entries (id, attendance_id, volunteer_id, activity_id, area_code, served_on, kind, minutes, reason, reverses, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [entry.id, a.id, a.volunteerId, a.activityId, a.areaCode, a.servedOn, entry.kind, entry.minutes, entry.reason, entry.reverses, entry.recordedBy],
    );
  }
}
