import { connection, decodeCursor, exec, Params, rows, within, type Connection, type Db } from '@linli/db';

export type TeamKind = 'CARE_FLEET' | 'ANTI_DOMESTIC_VIOLENCE' | 'EMERGENCY_MUTUAL_AID' | 'NEIGHBORHOOD_PATROL' | 'BUILDING_CAPTAINS' | 'OTHER';

/** A kind as the API may give it: the old British spelling is the same kind. */
export const teamKind = (kind: TeamKind | 'NEIGHBOURHOOD_PATROL'): TeamKind => (kind === 'NEIGHBOURHOOD_PATROL' ? 'NEIGHBORHOOD_PATROL' : kind);

export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  areaCode: string;
  leaderId: string | null;
}

export interface TeamFilter {
  areaCode?: string | null;
  kind?: TeamKind | 'NEIGHBOURHOOD_PATROL' | null;
}

const COLUMNS = `t.id, t.name, t.kind, t.area_code AS "areaCode", t.leader_id AS "leaderId"`;

export class TeamRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[], scope: readonly string[], forUpdate = false): Promise<TeamRow[]> {
    const p = new Params([ids]);
    return rows<TeamRow>(
      this.db,
      `/* teamsByIds */ SELECT ${COLUMNS} FROM teams t WHERE t.id = ANY($1::uuid[]) AND ${within('t.area_code', scope, p)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  async list(filter: TeamFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<TeamRow>> {
    const p = new Params();
    const where = [within('t.area_code', scope, p)];
    if (filter.areaCode) where.push(within('t.area_code', filter.areaCode, p));
    if (filter.kind) where.push(`t.kind = ${p.param(teamKind(filter.kind))}`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* teamsCount */ SELECT count(*) AS n FROM teams t WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(t.name, t.id) > (${p.param(cursor[0])}, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<TeamRow>(this.db, `/* teamsList */ SELECT ${COLUMNS} FROM teams t WHERE ${where.join(' AND ')} ORDER BY t.name, t.id LIMIT ${p.param(first + 1)}`, p.values);
    return connection(page, first, Number(n), (t) => [t.name, t.id], after);
  }

  /** The teams many volunteers belong to, within scope. */
  async ofVolunteers(volunteerIds: readonly string[], scope: readonly string[]): Promise<(TeamRow & { volunteerId: string })[]> {
    const p = new Params([volunteerIds]);
    return rows(
      this.db,
      `/* teamsOfVolunteers */ SELECT ${COLUMNS}, tm.volunteer_id AS "volunteerId" FROM team_members tm JOIN teams t ON t.id = tm.team_id
       WHERE tm.volunteer_id = ANY($1::uuid[]) AND ${within('t.area_code', scope, p)} ORDER BY t.name, t.id`,
      p.values,
    );
  }

  /** How many volunteers belong to each of many teams (all members, wherever they are registered). */
  async memberCounts(teamIds: readonly string[]): Promise<[string, number][]> {
    const found = await rows<{ teamId: string; n: string }>(
      this.db,
      `/* teamMemberCounts */ SELECT team_id AS "teamId", count(*) AS n FROM team_members WHERE team_id = ANY($1::uuid[]) GROUP BY team_id`,
      [teamIds],
    );
    return found.map((c) => [c.teamId, Number(c.n)]);
  }

  async nameTaken(areaCode: string, name: string): Promise<boolean> {
    return (await rows(this.db, `/* teamNameTaken */ SELECT 1 FROM teams WHERE area_code = $1 AND name = $2`, [areaCode, name])).length > 0;
  }

  async isMember(teamId: string, volunteerId: string): Promise<boolean> {
    return (await rows(this.db, `/* teamMemberFind */ SELECT 1 FROM team_members WHERE team_id = $1 AND volunteer_id = $2`, [teamId, volunteerId])).length > 0;
  }

  async insert(team: TeamRow): Promise<TeamRow> {
    const [created] = await rows<TeamRow>(
      this.db,
      `/* teamInsert */ INSERT INTO teams AS t (id, name, kind, area_code, leader_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [team.id, team.name, team.kind, team.areaCode, team.leaderId],
    );
    return created;
  }

  async addMember(teamId: string, volunteerId: string): Promise<void> {
    await exec(this.db, `/* teamMemberAdd */ INSERT INTO team_members (team_id, volunteer_id) VALUES ($1, $2)`, [teamId, volunteerId]);
  }

  async setLeader(teamId: string, leaderId: string): Promise<TeamRow> {
    const [changed] = await rows<TeamRow>(this.db, `/* teamLeaderSet */ UPDATE teams AS t SET leader_id = $2 WHERE t.id = $1 RETURNING ${COLUMNS}`, [teamId, leaderId]);
    return changed;
  }

  async removeMember(teamId: string, volunteerId: string): Promise<void> {
    await exec(this.db, `/* teamMemberRemove */ DELETE FROM team_members WHERE team_id = $1 AND volunteer_id = $2`, [teamId, volunteerId]);
  }
}
