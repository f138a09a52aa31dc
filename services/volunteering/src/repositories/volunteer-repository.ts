import { connection, decodeCursor, exec, pagesByParent, Params, rows, within, type Connection, type Db } from '@linli/db';
import type { Reach } from '../domain/access';
import { volunteerVisible } from './reach';

export type VolunteerStatus = 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';

export interface VolunteerRow {
  id: string;
  personId: string;
  areaCode: string;
  skills: string[];
  status: VolunteerStatus;
  registeredOn: string;
}

export interface VolunteerFilter {
  areaCode?: string | null;
  skill?: string | null;
  status?: VolunteerStatus | null;
}

/** A team member: the volunteer, the team and when they joined. */
export type MemberRow = VolunteerRow & { teamId: string; joinedAt: Date };

export interface AwardRow {
  id: string;
  volunteerId: string;
  kind: 'GOOD_DEEDS_BOARD' | 'GOOD_RESIDENT' | 'STAR_VOLUNTEER' | 'OTHER';
  title: string;
  awardedOn: string;
}

const COLUMNS = `v.id, v.person_id AS "personId", v.area_code AS "areaCode", v.skills, v.status, to_char(v.registered_on, 'YYYY-MM-DD') AS "registeredOn"`;
const AWARD_COLUMNS = `id, volunteer_id AS "volunteerId", kind, title, to_char(awarded_on, 'YYYY-MM-DD') AS "awardedOn"`;

export class VolunteerRepository {
  constructor(private readonly db: Db) {}

  /** Volunteers by id the caller may read; locked when a change depends on them (sign-up: no two clashing at once). */
  async byIds(ids: readonly string[], reach: Reach, forUpdate = false): Promise<VolunteerRow[]> {
    const p = new Params([ids]);
    return rows<VolunteerRow>(
      this.db,
      `/* volunteersByIds */ SELECT ${COLUMNS} FROM volunteers v WHERE v.id = ANY($1::uuid[]) AND ${volunteerVisible('v', reach, p)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  /** The person behind a volunteer, whatever the caller's scope: events name the person. */
  async personOf(volunteerId: string): Promise<string> {
    const [found] = await rows<{ personId: string }>(this.db, `/* volunteerPersonOf */ SELECT person_id AS "personId" FROM volunteers WHERE id = $1`, [volunteerId]);
    return found.personId;
  }

  async byPersons(personIds: readonly string[], reach: Reach): Promise<VolunteerRow[]> {
    const p = new Params([personIds]);
    return rows<VolunteerRow>(
      this.db,
      `/* volunteersByPersons */ SELECT ${COLUMNS} FROM volunteers v WHERE v.person_id = ANY($1::uuid[]) AND ${volunteerVisible('v', reach, p)}`,
      p.values,
    );
  }

  /** Whether the person is a volunteer anywhere, whatever the caller's scope (a person is registered once). */
  async idOfPerson(personId: string): Promise<string | null> {
    const [found] = await rows<{ id: string }>(this.db, `/* volunteerOfPerson */ SELECT id FROM volunteers WHERE person_id = $1`, [personId]);
    return found?.id ?? null;
  }

  async list(filter: VolunteerFilter, first: number, after: string | null | undefined, reach: Reach): Promise<Connection<VolunteerRow>> {
    const p = new Params();
    const where = [volunteerVisible('v', reach, p)];
    if (filter.areaCode) where.push(within('v.area_code', filter.areaCode, p));
    if (filter.skill) where.push(`v.skills @> ARRAY[${p.param(filter.skill)}]::text[]`);
    if (filter.status) where.push(`v.status = ${p.param(filter.status)}`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* volunteersCount */ SELECT count(*) AS n FROM volunteers v WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(v.registered_on, v.id) > (${p.param(cursor[0])}::date, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<VolunteerRow>(
      this.db,
      `/* volunteersList */ SELECT ${COLUMNS} FROM volunteers v WHERE ${where.join(' AND ')} ORDER BY v.registered_on, v.id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, Number(n), (v) => [v.registeredOn, v.id], after);
  }

  /** A page of members for each of many teams, in order of joining (one statement). */
  async memberPages(teamIds: readonly string[], args: { first: number; after?: string | null }, reach: Reach): Promise<Connection<MemberRow>[]> {
    const p = new Params();
    return pagesByParent<MemberRow>(this.db, teamIds, args.first, args.after, {
      name: 'memberPagesByTeams',
      select: `${COLUMNS}, tm.team_id AS "teamId", tm.joined_at AS "joinedAt"`,
      from: 'team_members tm JOIN volunteers v ON v.id = tm.volunteer_id',
      parent: 'tm.team_id',
      where: [volunteerVisible('v', reach, p)],
      params: p,
      order: [
        // the cursor carries milliseconds (a JavaScript Date), so the order is on milliseconds too
        { expr: "date_trunc('milliseconds', tm.joined_at)", cast: 'timestamptz' },
        { expr: 'v.id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (m) => [m.joinedAt.toISOString(), m.id],
      parentOf: (m) => m.teamId,
    });
  }

  /** Captains of many buildings: the building's grid within the caller's areas, the volunteer one the caller may read. */
  async captainsOfBuildings(buildingIds: readonly string[], reach: Reach): Promise<(VolunteerRow & { buildingId: string })[]> {
    const p = new Params([buildingIds]);
    return rows(
      this.db,
      `/* captainsOfBuildings */ SELECT ${COLUMNS}, bc.building_id AS "buildingId"
       FROM building_captains bc JOIN volunteers v ON v.id = bc.volunteer_id
       WHERE bc.building_id = ANY($1::uuid[]) AND ${within('bc.area_code', reach.areas, p)} AND ${volunteerVisible('v', reach, p)}
       ORDER BY bc.assigned_at, v.id`,
      p.values,
    );
  }

  /** The buildings many volunteers captain, within scope. */
  async buildingsOfCaptains(volunteerIds: readonly string[], scope: readonly string[]): Promise<{ volunteerId: string; buildingId: string }[]> {
    const p = new Params([volunteerIds]);
    return rows(
      this.db,
      `/* buildingsOfCaptains */ SELECT volunteer_id AS "volunteerId", building_id AS "buildingId" FROM building_captains
       WHERE volunteer_id = ANY($1::uuid[]) AND ${within('area_code', scope, p)} ORDER BY assigned_at, building_id`,
      p.values,
    );
  }

  async isCaptain(buildingId: string, volunteerId: string): Promise<boolean> {
    return (await rows(this.db, `/* captainFind */ SELECT 1 FROM building_captains WHERE building_id = $1 AND volunteer_id = $2`, [buildingId, volunteerId])).length > 0;
  }

  async assignCaptain(buildingId: string, volunteerId: string, areaCode: string): Promise<void> {
    await exec(this.db, `/* captainAssign */ INSERT INTO building_captains (building_id, volunteer_id, area_code) VALUES ($1, $2, $3)`, [buildingId, volunteerId, areaCode]);
  }

  /** A building moved to another grid (housing said so): its captains follow it, so they stay scoped with it. */
  async moveCaptains(buildingId: string, gridCode: string): Promise<void> {
    await exec(this.db, `/* buildingCaptainsMove */ UPDATE building_captains SET area_code = $2 WHERE building_id = $1 AND area_code <> $2`, [buildingId, gridCode]);
  }

  async relieveCaptain(buildingId: string, volunteerId: string): Promise<number> {
    return exec(this.db, `/* captainRelieve */ DELETE FROM building_captains WHERE building_id = $1 AND volunteer_id = $2`, [buildingId, volunteerId]);
  }

  async insert(volunteer: VolunteerRow): Promise<VolunteerRow> {
    const [created] = await rows<VolunteerRow>(
      this.db,
      `/* volunteerInsert */ INSERT INTO volunteers AS v (id, person_id, area_code, skills, status, registered_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [volunteer.id, volunteer.personId, volunteer.areaCode, volunteer.skills, volunteer.status, volunteer.registeredOn],
    );
    return created;
  }

  async update(id: string, change: { skills?: string[]; status?: VolunteerStatus }): Promise<VolunteerRow> {
    const [updated] = await rows<VolunteerRow>(
      this.db,
      `/* volunteerUpdate */ UPDATE volunteers AS v SET skills = COALESCE($2, v.skills), status = COALESCE($3, v.status) WHERE v.id = $1 RETURNING ${COLUMNS}`,
      [id, change.skills ?? null, change.status ?? null],
    );
    return updated;
  }

  /** Net approved minutes of many volunteers (approvals minus reversals), summed as bigint. */
  async approvedMinutes(volunteerIds: readonly string[]): Promise<[string, number][]> {
    const found = await rows<{ volunteerId: string; minutes: string }>(
      this.db,
      `/* approvedMinutesOfVolunteers */ SELECT volunteer_id AS "volunteerId", sum(CASE kind WHEN 'APPROVAL' THEN minutes::bigint ELSE -minutes::bigint END) AS minutes
       FROM hours_entries WHERE volunteer_id = ANY($1::uuid[]) GROUP BY volunteer_id`,
      [volunteerIds],
    );
    return found.map((m) => [m.volunteerId, Number(m.minutes)]);
  }

  async awardsOf(volunteerIds: readonly string[]): Promise<AwardRow[]> {
    return rows<AwardRow>(this.db, `/* awardsOfVolunteers */ SELECT ${AWARD_COLUMNS} FROM awards WHERE volunteer_id = ANY($1::uuid[]) ORDER BY awarded_on DESC, id`, [
      volunteerIds,
    ]);
  }

  /** A page of awards for each of many volunteers, newest first (one statement). */
  async awardPages(volunteerIds: readonly string[], args: { first: number; after?: string | null }): Promise<Connection<AwardRow>[]> {
    return pagesByParent<AwardRow>(this.db, volunteerIds, args.first, args.after, {
      name: 'awardPagesByVolunteers',
      select: AWARD_COLUMNS,
      from: 'awards',
      parent: 'volunteer_id',
      where: [],
      params: new Params(),
      order: [
        { expr: 'awarded_on', cast: 'date' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (a) => [a.awardedOn, a.id],
      parentOf: (a) => a.volunteerId,
    });
  }

  async awardGiven(award: Pick<AwardRow, 'volunteerId' | 'kind' | 'title' | 'awardedOn'>): Promise<boolean> {
    return (
      await rows(this.db, `/* awardFind */ SELECT 1 FROM awards WHERE volunteer_id = $1 AND kind = $2 AND title = $3 AND awarded_on = $4`, [
        award.volunteerId,
        award.kind,
        award.title,
        award.awardedOn,
      ])
    ).length > 0;
  }

  async insertAward(award: AwardRow & { awardedBy: string }): Promise<AwardRow> {
    const [created] = await rows<AwardRow>(
      this.db,
      `/* awardInsert */ INSERT INTO awards (id, volunteer_id, kind, title, awarded_on, awarded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${AWARD_COLUMNS}`,
      [award.id, award.volunteerId, award.kind, award.title, award.awardedOn, award.awardedBy],
    );
    return created;
  }
}
