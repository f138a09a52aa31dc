import { connection, decodeCursor, pagesByParent, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import type { DisputeStatus } from '../domain/case-life-cycle';
import type { PartyRole } from '../domain/parties';

/** A Person as mediation knows it: only the id (population owns the rest). */
export interface PersonRef {
  id: string;
}

export type DisputeType = 'NEIGHBOR' | 'FAMILY' | 'PROPERTY_MANAGEMENT' | 'LANDLORD_TENANT' | 'LABOR' | 'OTHER';

/** The deprecated British spellings a client may still send, and the type each stands for. */
const LEGACY_TYPES: Record<string, DisputeType> = { NEIGHBOUR: 'NEIGHBOR', LABOUR: 'LABOR' };
export const disputeType = (type: DisputeType | 'NEIGHBOUR' | 'LABOUR'): DisputeType => LEGACY_TYPES[type] ?? (type as DisputeType);

export interface CaseRow {
  id: string;
  areaCode: string;
  committeeId: string | null;
  type: DisputeType;
  summary: string;
  status: DisputeStatus;
  openedOn: string;
  dueOn: string;
  statusOn: string;
  closedOn: string | null;
  agreementTerms: string | null;
  agreementOn: string | null;
  fulfilmentDeadline: string | null;
  fulfilledOn: string | null;
  failureReason: string | null;
  referredTo: 'COURT' | 'DEPARTMENT' | null;
  referralInstitution: string | null;
  referredOn: string | null;
  withdrawalReason: string | null;
  incidentId: string | null;
}

export interface PartyRow {
  caseId: string;
  personId: string;
  role: PartyRole;
}

export interface SessionRow {
  id: string;
  caseId: string;
  heldOn: string;
  attendeeIds: string[];
  notes: string;
}

export interface CaseTransitionRow {
  caseId: string;
  from: DisputeStatus | null;
  to: DisputeStatus;
  on: string;
}

export interface CaseFilter {
  areaCode?: string | null;
  type?: DisputeType | 'NEIGHBOUR' | 'LABOUR' | null;
  status?: DisputeStatus | null;
  overdue?: boolean | null;
  personId?: string | null;
}

const d = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;
const COLUMNS = `c.id, c.area_code AS "areaCode", c.committee_id AS "committeeId", c.type, c.summary, c.status, ${d('c.opened_on', 'openedOn')}, ${d('c.due_on', 'dueOn')},
  ${d('c.status_on', 'statusOn')}, ${d('c.closed_on', 'closedOn')}, c.agreement_terms AS "agreementTerms", ${d('c.agreement_on', 'agreementOn')},
  ${d('c.fulfilment_deadline', 'fulfilmentDeadline')}, ${d('c.fulfilled_on', 'fulfilledOn')}, c.failure_reason AS "failureReason", c.referred_to AS "referredTo",
  c.referral_institution AS "referralInstitution", ${d('c.referred_on', 'referredOn')}, c.withdrawal_reason AS "withdrawalReason", c.incident_id AS "incidentId"`;

/** The changes a transition writes besides the status (named after their columns). */
export interface CaseChange {
  status: DisputeStatus;
  statusOn: string;
  closedOn?: string;
  agreementTerms?: string;
  agreementOn?: string;
  fulfilmentDeadline?: string;
  fulfilledOn?: string;
  failureReason?: string;
  referredTo?: 'COURT' | 'DEPARTMENT';
  referralInstitution?: string;
  referredOn?: string;
  withdrawalReason?: string;
}

const CHANGE_COLUMNS: Record<Exclude<keyof CaseChange, 'status' | 'statusOn'>, string> = {
  closedOn: 'closed_on',
  agreementTerms: 'agreement_terms',
  agreementOn: 'agreement_on',
  fulfilmentDeadline: 'fulfilment_deadline',
  fulfilledOn: 'fulfilled_on',
  failureReason: 'failure_reason',
  referredTo: 'referred_to',
  referralInstitution: 'referral_institution',
  referredOn: 'referred_on',
  withdrawalReason: 'withdrawal_reason',
};

/** Dispute cases, their parties, mediators, sessions and history. Reads take the caller's scope. */
export class CaseRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[], forUpdate = false): Promise<CaseRow[]> {
    const p = new Params([ids]);
    return rows<CaseRow>(
      this.db,
      `/* casesByIds */ SELECT ${COLUMNS} FROM dispute_cases c WHERE c.id = ANY($1::uuid[]) AND ${within('c.area_code', scope, p)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  /** Cases in which these persons are parties (Person.disputes), newest first. */
  async ofPersons(personIds: readonly string[], scope: readonly string[]): Promise<(CaseRow & { partyId: string })[]> {
    const p = new Params([personIds]);
    return rows<CaseRow & { partyId: string }>(
      this.db,
      `/* casesOfPersons */ SELECT ${COLUMNS}, dp.person_id AS "partyId" FROM dispute_parties dp JOIN dispute_cases c ON c.id = dp.case_id
       WHERE dp.person_id = ANY($1::uuid[]) AND ${within('c.area_code', scope, p)} ORDER BY c.opened_on DESC, c.id DESC`,
      p.values,
    );
  }

  /** A page of each person's cases (Person.disputeCases), newest intake first, in one statement. */
  async pagesOfPersons(personIds: readonly string[], page: { first: number; after?: string | null }, scope: readonly string[]): Promise<Connection<CaseRow>[]> {
    const p = new Params();
    return pagesByParent<CaseRow & { partyId: string }>(this.db, personIds, page.first, page.after, {
      name: 'casePagesOfPersons',
      select: `${COLUMNS}, dp.person_id AS "partyId"`,
      from: 'dispute_parties dp JOIN dispute_cases c ON c.id = dp.case_id',
      parent: 'dp.person_id',
      where: [within('c.area_code', scope, p)],
      params: p,
      order: [
        { expr: 'c.opened_on', cast: 'date' },
        { expr: 'c.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (c) => [c.openedOn, c.id],
      parentOf: (c) => c.partyId,
    });
  }

  async list(filter: CaseFilter, today: string, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<CaseRow>> {
    const p = new Params();
    const where = [within('c.area_code', scope, p)];
    if (filter.areaCode) where.push(within('c.area_code', filter.areaCode, p));
    if (filter.type) where.push(`c.type = ${p.param(disputeType(filter.type))}`);
    if (filter.status) where.push(`c.status = ${p.param(filter.status)}`);
    if (filter.overdue === true) where.push(`c.closed_on IS NULL AND c.due_on < ${p.param(today)}::date`);
    if (filter.overdue === false) where.push(`NOT (c.closed_on IS NULL AND c.due_on < ${p.param(today)}::date)`);
    if (filter.personId) where.push(`EXISTS (SELECT 1 FROM dispute_parties dp WHERE dp.case_id = c.id AND dp.person_id = ${p.param(filter.personId)}::uuid)`);
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* casesCount */ SELECT count(*)::int AS n FROM dispute_cases c WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(c.opened_on, c.id) < (${p.param(cursor[0])}::date, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<CaseRow>(
      this.db,
      `/* casesList */ SELECT ${COLUMNS} FROM dispute_cases c WHERE ${where.join(' AND ')} ORDER BY c.opened_on DESC, c.id DESC LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (c) => [c.openedOn, c.id]);
  }

  async insert(c: Pick<CaseRow, 'id' | 'areaCode' | 'committeeId' | 'type' | 'summary' | 'openedOn' | 'dueOn' | 'incidentId'>): Promise<CaseRow> {
    const [created] = await rows<CaseRow>(
      this.db,
      `/* caseInsert */ INSERT INTO dispute_cases AS c (id, area_code, committee_id, type, summary, status, opened_on, due_on, status_on, incident_id)
       VALUES ($1, $2, $3, $4, $5, 'INTAKE', $6, $7, $6, $8) RETURNING ${COLUMNS}`,
      [c.id, c.areaCode, c.committeeId, c.type, c.summary, c.openedOn, c.dueOn, c.incidentId],
    );
    return created;
  }

  async insertParties(caseId: string, parties: readonly { personId: string; role: PartyRole }[]): Promise<void> {
    await rows(
      this.db,
      `/* partiesInsert */ INSERT INTO dispute_parties (case_id, person_id, role, position)
       SELECT $1, person_id, role, position FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS t(person_id, role, position)`,
      [caseId, parties.map((x) => x.personId), parties.map((x) => x.role)],
    );
  }

  async partiesOf(caseIds: readonly string[]): Promise<PartyRow[]> {
    return rows<PartyRow>(
      this.db,
      `/* partiesOfCases */ SELECT case_id AS "caseId", person_id AS "personId", role FROM dispute_parties WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, role, position`,
      [caseIds],
    );
  }

  async assignMediators(caseId: string, mediatorIds: readonly string[], on: string): Promise<void> {
    if (mediatorIds.length === 0) return;
    await rows(
      this.db,
      `/* caseMediatorsInsert */ INSERT INTO dispute_case_mediators (case_id, mediator_id, assigned_on) SELECT $1, m, $3 FROM unnest($2::uuid[]) AS m ON CONFLICT DO NOTHING`,
      [caseId, mediatorIds, on],
    );
  }

  async mediatorIdsOf(caseIds: readonly string[]): Promise<{ caseId: string; mediatorId: string }[]> {
    return rows(
      this.db,
      `/* mediatorsOfCases */ SELECT case_id AS "caseId", mediator_id AS "mediatorId" FROM dispute_case_mediators WHERE case_id = ANY($1::uuid[]) ORDER BY assigned_on, mediator_id`,
      [caseIds],
    );
  }

  async insertSession(s: SessionRow): Promise<void> {
    await rows(this.db, `/* sessionInsert */ INSERT INTO mediation_sessions (id, case_id, held_on, attendee_ids, notes) VALUES ($1, $2, $3, $4::uuid[], $5)`, [
      s.id,
      s.caseId,
      s.heldOn,
      s.attendeeIds,
      s.notes,
    ]);
  }

  async sessionsOf(caseIds: readonly string[]): Promise<SessionRow[]> {
    return rows<SessionRow>(
      this.db,
      `/* sessionsOfCases */ SELECT id, case_id AS "caseId", ${d('held_on', 'heldOn')}, attendee_ids::text[] AS "attendeeIds", notes
       FROM mediation_sessions WHERE case_id = ANY($1::uuid[]) ORDER BY held_on, id`,
      [caseIds],
    );
  }

  async change(id: string, change: CaseChange): Promise<CaseRow> {
    const p = new Params([id, change.status, change.statusOn]);
    const sets = ['status = $2', 'status_on = $3'];
    for (const [key, column] of Object.entries(CHANGE_COLUMNS)) {
      const value = change[key as keyof typeof CHANGE_COLUMNS];
      if (value !== undefined) sets.push(`${column} = ${p.param(value)}`);
    }
    const [changed] = await rows<CaseRow>(
      this.db,
      `/* caseChange */ UPDATE dispute_cases AS c SET ${sets.join(', ')} WHERE c.id = $1 RETURNING ${COLUMNS}`,
      p.values,
    );
    return changed;
  }

  async recordTransition(caseId: string, from: DisputeStatus | null, to: DisputeStatus, on: string, by: string): Promise<void> {
    await rows(
      this.db,
      `/* caseTransitionInsert */ INSERT INTO dispute_transitions (case_id, from_status, to_status, on_date, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
      [caseId, from, to, on, by],
    );
  }

  async historyOf(caseIds: readonly string[]): Promise<CaseTransitionRow[]> {
    return rows<CaseTransitionRow>(
      this.db,
      `/* transitionsOfCases */ SELECT case_id AS "caseId", from_status AS "from", to_status AS "to", ${d('on_date', 'on')} FROM dispute_transitions WHERE case_id = ANY($1::uuid[]) ORDER BY id`,
      [caseIds],
    );
  }
}
