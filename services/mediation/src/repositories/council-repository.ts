import { connection, decodeCursor, pagesByParent, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import type { VoteChoice } from '../domain/council-rules';

/** The page asked for of a council's meetings or topics. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface CouncilRow {
  id: string;
  name: string;
  areaCode: string;
}

export interface SeatGroupRow {
  councilId: string;
  group: string;
  seats: number;
  filled: number;
}

export interface MemberRow {
  id: string;
  councilId: string;
  personId: string;
  group: string;
  seatedOn: string;
  leftOn: string | null;
}

export interface MeetingRow {
  id: string;
  councilId: string;
  areaCode: string;
  heldOn: string;
  attendeeIds: string[];
  minutes: string;
}

export interface TopicRow {
  id: string;
  councilId: string;
  areaCode: string;
  title: string;
  description: string;
  raisedBy: string | null;
  raisedOn: string;
  meetingId: string | null;
  incidentId: string | null;
  status: 'OPEN' | 'CARRIED' | 'REJECTED';
  resolution: string | null;
  resolvedOn: string | null;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  implementationProgress: number;
  implementationNote: string | null;
  implementationOn: string | null;
  implementedOn: string | null;
}

export interface StakeholderRow {
  topicId: string;
  personId: string;
  group: string;
}

export interface VoteRow {
  topicId: string;
  personId: string;
  choice: VoteChoice;
  castOn: string;
}

const d = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;
const COUNCIL = `id, name, area_code AS "areaCode"`;
const MEMBER = `id, council_id AS "councilId", person_id AS "personId", group_name AS "group", ${d('seated_on', 'seatedOn')}, ${d('left_on', 'leftOn')}`;
const MEETING = `id, council_id AS "councilId", area_code AS "areaCode", ${d('held_on', 'heldOn')}, attendee_ids::text[] AS "attendeeIds", minutes`;
const TOPIC = `id, council_id AS "councilId", area_code AS "areaCode", title, description, raised_by AS "raisedBy", ${d('raised_on', 'raisedOn')},
  meeting_id AS "meetingId", incident_id AS "incidentId", status, resolution, ${d('resolved_on', 'resolvedOn')}, votes_for AS "votesFor",
  votes_against AS "votesAgainst", votes_abstain AS "votesAbstain", implementation_progress AS "implementationProgress",
  implementation_note AS "implementationNote", ${d('implementation_on', 'implementationOn')}, ${d('implemented_on', 'implementedOn')}`;

/** Councils, seats, meetings, topics and votes. Councils and topics are read within the caller's scope. */
export class CouncilRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<CouncilRow[]> {
    const p = new Params([ids]);
    return rows<CouncilRow>(
      this.db,
      `/* councilsByIds */ SELECT ${COUNCIL} FROM residents_councils WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
  }

  async list(areaCode: string | null | undefined, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<CouncilRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (areaCode) where.push(within('area_code', areaCode, p));
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* councilsCount */ SELECT count(*)::int AS n FROM residents_councils WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(area_code, name, id) > (${p.param(cursor[0])}, ${p.param(cursor[1])}, ${p.param(cursor[2])}::uuid)`);
    const page = await rows<CouncilRow>(
      this.db,
      `/* councilsList */ SELECT ${COUNCIL} FROM residents_councils WHERE ${where.join(' AND ')} ORDER BY area_code, name, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (c) => [c.areaCode, c.name, c.id]);
  }

  async nameTaken(areaCode: string, name: string): Promise<boolean> {
    return (await rows(this.db, `/* councilNameTaken */ SELECT 1 FROM residents_councils WHERE area_code = $1 AND name = $2`, [areaCode, name])).length > 0;
  }

  async insert(c: CouncilRow, plan: readonly { group: string; seats: number }[]): Promise<CouncilRow> {
    const [created] = await rows<CouncilRow>(
      this.db,
      `/* councilInsert */ INSERT INTO residents_councils (id, name, area_code) VALUES ($1, $2, $3) RETURNING ${COUNCIL}`,
      [c.id, c.name, c.areaCode],
    );
    await rows(
      this.db,
      `/* seatGroupsInsert */ INSERT INTO council_seat_groups (council_id, group_name, seats, position)
       SELECT $1, g, s, n FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS t(g, s, n)`,
      [c.id, plan.map((g) => g.group), plan.map((g) => g.seats)],
    );
    return created;
  }

  /** Seat groups with the seats held now, in plan order. */
  async seatGroupsOf(councilIds: readonly string[]): Promise<SeatGroupRow[]> {
    return rows<SeatGroupRow>(
      this.db,
      `/* seatGroupsOfCouncils */ SELECT g.council_id AS "councilId", g.group_name AS "group", g.seats,
         (SELECT count(*)::int FROM council_members m WHERE m.council_id = g.council_id AND m.group_name = g.group_name AND m.left_on IS NULL) AS filled
       FROM council_seat_groups g WHERE g.council_id = ANY($1::uuid[]) ORDER BY g.council_id, g.position`,
      [councilIds],
    );
  }

  /** Locks the council's seat groups so two seatings cannot both take the last seat. */
  async lockSeats(councilId: string): Promise<void> {
    await rows(this.db, `/* seatGroupsLock */ SELECT 1 FROM council_seat_groups WHERE council_id = $1 FOR UPDATE`, [councilId]);
  }

  async membersOf(councilIds: readonly string[]): Promise<MemberRow[]> {
    return rows<MemberRow>(
      this.db,
      `/* membersOfCouncils */ SELECT ${MEMBER} FROM council_members WHERE council_id = ANY($1::uuid[]) AND left_on IS NULL ORDER BY council_id, seated_on, id`,
      [councilIds],
    );
  }

  async currentSeat(councilId: string, personId: string): Promise<MemberRow | null> {
    const [found] = await rows<MemberRow>(
      this.db,
      `/* memberCurrentSeat */ SELECT ${MEMBER} FROM council_members WHERE council_id = $1 AND person_id = $2 AND left_on IS NULL`,
      [councilId, personId],
    );
    return found ?? null;
  }

  async member(id: string): Promise<MemberRow | null> {
    const [found] = await rows<MemberRow>(this.db, `/* memberById */ SELECT ${MEMBER} FROM council_members WHERE id = $1 FOR UPDATE`, [id]);
    return found ?? null;
  }

  async insertMember(m: Omit<MemberRow, 'leftOn'>): Promise<MemberRow> {
    const [created] = await rows<MemberRow>(
      this.db,
      `/* memberInsert */ INSERT INTO council_members (id, council_id, person_id, group_name, seated_on) VALUES ($1, $2, $3, $4, $5) RETURNING ${MEMBER}`,
      [m.id, m.councilId, m.personId, m.group, m.seatedOn],
    );
    return created;
  }

  async unseat(id: string, leftOn: string): Promise<MemberRow> {
    const [changed] = await rows<MemberRow>(this.db, `/* memberUnseat */ UPDATE council_members SET left_on = $2 WHERE id = $1 RETURNING ${MEMBER}`, [
      id,
      leftOn,
    ]);
    return changed;
  }

  async insertMeeting(m: MeetingRow): Promise<MeetingRow> {
    const [created] = await rows<MeetingRow>(
      this.db,
      `/* meetingInsert */ INSERT INTO council_meetings (id, council_id, area_code, held_on, attendee_ids, minutes) VALUES ($1, $2, $3, $4, $5::uuid[], $6) RETURNING ${MEETING}`,
      [m.id, m.councilId, m.areaCode, m.heldOn, m.attendeeIds, m.minutes],
    );
    return created;
  }

  /** A page of meetings for each council, newest first, in one statement. */
  async meetingsOf(councilIds: readonly string[], { first, after }: PageArgs): Promise<Connection<MeetingRow>[]> {
    return pagesByParent<MeetingRow>(this.db, councilIds, first, after, {
      name: 'meetingsOfCouncils',
      select: MEETING,
      from: 'council_meetings',
      parent: 'council_id',
      where: [],
      params: new Params(),
      order: [
        { expr: 'held_on', cast: 'date' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (m) => [m.heldOn, m.id],
      parentOf: (m) => m.councilId,
    });
  }

  async topicsByIds(ids: readonly string[], scope: readonly string[], forUpdate = false): Promise<TopicRow[]> {
    const p = new Params([ids]);
    return rows<TopicRow>(
      this.db,
      `/* topicsByIds */ SELECT ${TOPIC} FROM council_topics WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  /** A page of topics for each council, newest first, in one statement. */
  async topicsOf(councilIds: readonly string[], { first, after }: PageArgs): Promise<Connection<TopicRow>[]> {
    return pagesByParent<TopicRow>(this.db, councilIds, first, after, {
      name: 'topicsOfCouncils',
      select: TOPIC,
      from: 'council_topics',
      parent: 'council_id',
      where: [],
      params: new Params(),
      order: [
        { expr: 'raised_on', cast: 'date' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (t) => [t.raisedOn, t.id],
      parentOf: (t) => t.councilId,
    });
  }

  async topicsOfMeetings(meetingIds: readonly string[]): Promise<TopicRow[]> {
    return rows<TopicRow>(this.db, `/* topicsOfMeetings */ SELECT ${TOPIC} FROM council_topics WHERE meeting_id = ANY($1::uuid[]) ORDER BY raised_on, id`, [
      meetingIds,
    ]);
  }

  async insertTopic(t: Pick<TopicRow, 'id' | 'councilId' | 'areaCode' | 'title' | 'description' | 'raisedBy' | 'raisedOn' | 'incidentId'>): Promise<TopicRow> {
    const [created] = await rows<TopicRow>(
      this.db,
      `/* topicInsert */ INSERT INTO council_topics (id, council_id, area_code, title, description, raised_by, raised_on, incident_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${TOPIC}`,
      [t.id, t.councilId, t.areaCode, t.title, t.description, t.raisedBy, t.raisedOn, t.incidentId],
    );
    return created;
  }

  async insertStakeholders(topicId: string, stakeholders: readonly { personId: string; group: string }[]): Promise<void> {
    if (!stakeholders.length) return;
    await rows(
      this.db,
      `/* stakeholdersInsert */ INSERT INTO council_topic_stakeholders (topic_id, person_id, group_name) SELECT $1, p, g FROM unnest($2::uuid[], $3::text[]) AS t(p, g)`,
      [topicId, stakeholders.map((s) => s.personId), stakeholders.map((s) => s.group)],
    );
  }

  async stakeholdersOf(topicIds: readonly string[]): Promise<StakeholderRow[]> {
    return rows<StakeholderRow>(
      this.db,
      `/* stakeholdersOfTopics */ SELECT topic_id AS "topicId", person_id AS "personId", group_name AS "group" FROM council_topic_stakeholders WHERE topic_id = ANY($1::uuid[]) ORDER BY topic_id, group_name, person_id`,
      [topicIds],
    );
  }

  async discussAt(meetingId: string, topicIds: readonly string[]): Promise<void> {
    await rows(this.db, `/* topicsDiscussedAt */ UPDATE council_topics SET meeting_id = $1 WHERE id = ANY($2::uuid[])`, [meetingId, topicIds]);
  }

  async hasVoted(topicId: string, personId: string): Promise<boolean> {
    return (await rows(this.db, `/* voteExists */ SELECT 1 FROM council_votes WHERE topic_id = $1 AND person_id = $2`, [topicId, personId])).length > 0;
  }

  async insertVote(v: VoteRow & { memberId: string }): Promise<void> {
    await rows(this.db, `/* voteInsert */ INSERT INTO council_votes (topic_id, member_id, person_id, choice, cast_on) VALUES ($1, $2, $3, $4, $5)`, [
      v.topicId,
      v.memberId,
      v.personId,
      v.choice,
      v.castOn,
    ]);
  }

  async votesOf(topicIds: readonly string[]): Promise<VoteRow[]> {
    return rows<VoteRow>(
      this.db,
      `/* votesOfTopics */ SELECT topic_id AS "topicId", person_id AS "personId", choice, ${d('cast_on', 'castOn')} FROM council_votes WHERE topic_id = ANY($1::uuid[]) ORDER BY topic_id, cast_on, person_id`,
      [topicIds],
    );
  }

  /** Counts a vote into the topic's tally (the tally is kept on the topic for cheap reads). */
  async tallyVote(id: string, choice: VoteChoice): Promise<void> {
    const column = { FOR: 'votes_for', AGAINST: 'votes_against', ABSTAIN: 'votes_abstain' }[choice];
    await rows(this.db, `/* topicTallyVote */ UPDATE council_topics SET ${column} = ${column} + 1 WHERE id = $1`, [id]);
  }

  async resolve(id: string, status: 'CARRIED' | 'REJECTED', resolution: string, on: string): Promise<TopicRow> {
    const [changed] = await rows<TopicRow>(
      this.db,
      `/* topicResolve */ UPDATE council_topics SET status = $2, resolution = $3, resolved_on = $4 WHERE id = $1 RETURNING ${TOPIC}`,
      [id, status, resolution, on],
    );
    return changed;
  }

  async implement(id: string, progress: number, note: string | null, on: string, implementedOn: string | null): Promise<TopicRow> {
    const [changed] = await rows<TopicRow>(
      this.db,
      `/* topicImplement */ UPDATE council_topics SET implementation_progress = $2, implementation_note = $3, implementation_on = $4, implemented_on = $5
       WHERE id = $1 RETURNING ${TOPIC}`,
      [id, progress, note, on, implementedOn],
    );
    return changed;
  }
}
