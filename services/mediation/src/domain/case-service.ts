import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import { isUuid, transaction, type DataSource, type EntityManager } from '@linli/db';
import { addDays, levelOf, refuse, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import type { MediationSettings } from '../env';
import { CaseRepository, disputeType, type CaseChange, type CaseRow, type DisputeType } from '../repositories/case-repository';
import { CommitteeRepository } from '../repositories/committee-repository';
import { IncidentRepository } from '../repositories/incident-repository';
import { demand } from './access';
import { daysBetween, inBounds } from './bounds';
import { closesCase, nextStatus, type CaseTransition } from './case-life-cycle';
import { effectiveDay, text } from './dates';
import { checkParties, type PartyInput } from './parties';
import { CONSTRAINT_RULES } from './constraint-rules';
import { checkPersonsInScope } from './persons';

export interface OpenCase {
  areaCode?: string | null;
  type: DisputeType | 'NEIGHBOUR' | 'LABOUR';
  summary: string;
  parties: PartyInput[];
  mediatorIds?: string[] | null;
  openedOn?: string | null;
  incidentId?: string | null;
}

export interface TransitionInput {
  caseId: string;
  on?: string | null;
}

type Result = Promise<{ disputeCase: CaseRow }>;

/**
 * Dispute cases: intake, mediators, sessions and every transition of the life cycle. Each
 * change commits with its history row and event; a refusal throws before anything is written.
 */
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
    private readonly settings: MediationSettings,
  ) {}

  async open(input: OpenCase): Result {
    demand(this.viewer, 'disputes', 'open dispute cases');
    return transaction(
      this.dataSource,
      async (tx) => {
        const cases = new CaseRepository(tx);
        const v = new Validation();
        let incident = null;
        if (input.incidentId) {
          [incident] = isUuid(input.incidentId) ? await new IncidentRepository(tx).byIds([input.incidentId], this.viewer.areas, true) : [];
          if (v.check(!!incident, ['input', 'incidentId'], 'INCIDENT_UNKNOWN', `no grid incident ${input.incidentId} in your areas`))
            v.check(!incident!.disputeCaseId, ['input', 'incidentId'], 'INCIDENT_ALREADY_ESCALATED', 'the incident was already escalated to a dispute case');
        }
        const areaCode = input.areaCode ?? incident?.areaCode ?? null;
        const level = areaCode ? levelOf(areaCode) : null;
        if (v.check(!!areaCode, ['input', 'areaCode'], 'AREA_REQUIRED', 'give the community or grid of the dispute'))
          if (
            v.check(
              level === 'COMMUNITY' || level === 'GRID',
              ['input', 'areaCode'],
              'AREA_NOT_COMMUNITY_OR_GRID',
              'a dispute belongs to a community or a grid',
            )
          )
            v.check(inScope(this.viewer, areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'the area lies outside your areas');
        const summary = text(input.summary, ['input', 'summary'], 'SUMMARY_REQUIRED', v);
        if (inBounds(v, 'parties', input.parties.length, ['input', 'parties'], 'parties')) {
          checkParties(input.parties, v);
          await checkPersonsInScope(
            tx,
            this.viewer,
            input.parties.map((p, i) => ({ field: ['input', 'parties', String(i), 'personId'], personId: p.personId })),
            v,
          );
        }
        inBounds(v, 'mediators', (input.mediatorIds ?? []).length, ['input', 'mediatorIds'], 'mediators');
        const openedOn = effectiveDay(input.openedOn, ['input', 'openedOn'], v, incident?.reportedOn);
        v.throwIfAny();

        const committee = await new CommitteeRepository(tx).ofCommunity(areaCode!.slice(0, 12));
        const mediatorIds = [...new Set(input.mediatorIds ?? [])];
        await this.checkMediators(tx, committee?.id ?? null, mediatorIds, ['input', 'mediatorIds']);
        const created = await cases.insert({
          id: randomUUID(),
          areaCode: areaCode!,
          committeeId: committee?.id ?? null,
          type: disputeType(input.type),
          summary,
          openedOn,
          dueOn: addDays(openedOn, this.settings.CASE_TIME_LIMIT_DAYS),
          incidentId: incident?.id ?? null,
        });
        await cases.insertParties(created.id, input.parties);
        await cases.assignMediators(created.id, mediatorIds, openedOn);
        await cases.recordTransition(created.id, null, 'INTAKE', openedOn, this.viewer.id);
        if (incident) await new IncidentRepository(tx).change(incident.id, { step: incident.step, disputeCaseId: created.id });
        await this.outbox.add(
          tx,
          'mediation.case.opened',
          created.areaCode,
          {
            caseId: created.id,
            type: created.type,
            partyIds: input.parties.map((p) => p.personId),
            openedOn,
            applicantIds: input.parties.filter((p) => p.role === 'APPLICANT').map((p) => p.personId),
            respondentIds: input.parties.filter((p) => p.role === 'RESPONDENT').map((p) => p.personId),
            incidentId: created.incidentId,
            dueOn: created.dueOn,
          },
          this.trace(),
        );
        return { disputeCase: created };
      },
      CONSTRAINT_RULES,
    );
  }

  async assignMediator(input: { caseId: string; mediatorId: string }): Result {
    demand(this.viewer, 'disputes', 'assign mediators');
    return transaction(
      this.dataSource,
      async (tx) => {
        const found = await this.load(tx, input.caseId);
        if (found.closedOn) refuse(['input', 'caseId'], 'CASE_CLOSED', 'mediators are assigned to open cases only');
        await this.checkMediators(tx, found.committeeId, [input.mediatorId], ['input', 'mediatorId']);
        await new CaseRepository(tx).assignMediators(found.id, [input.mediatorId], found.statusOn);
        return { disputeCase: found };
      },
      CONSTRAINT_RULES,
    );
  }

  async recordSession(input: { caseId: string; heldOn: string; attendeeIds: string[]; notes: string }): Result {
    demand(this.viewer, 'disputes', 'record mediation sessions');
    return transaction(
      this.dataSource,
      async (tx) => {
        const found = await this.load(tx, input.caseId);
        const v = new Validation();
        v.check(found.status === 'MEDIATING', ['input', 'caseId'], 'CASE_NOT_MEDIATING', `sessions are recorded while mediating; the case is ${found.status}`);
        effectiveDay(input.heldOn, ['input', 'heldOn'], v, found.openedOn);
        const attendees = [...new Set(input.attendeeIds)];
        if (
          v.check(attendees.length > 0, ['input', 'attendeeIds'], 'ATTENDEES_REQUIRED', 'name who attended') &&
          inBounds(v, 'attendees', input.attendeeIds.length, ['input', 'attendeeIds'], 'attendees')
        )
          if (v.check(attendees.every(isUuid), ['input', 'attendeeIds'], 'PERSON_ID_INVALID', 'every attendee is a person id'))
            await checkPersonsInScope(
              tx,
              this.viewer,
              input.attendeeIds.map((personId, i) => ({ field: ['input', 'attendeeIds', String(i)], personId })),
              v,
            );
        const notes = text(input.notes, ['input', 'notes'], 'NOTES_REQUIRED', v, 10_000);
        v.throwIfAny();
        await new CaseRepository(tx).insertSession({ id: randomUUID(), caseId: found.id, heldOn: input.heldOn, attendeeIds: attendees, notes });
        return { disputeCase: found };
      },
      CONSTRAINT_RULES,
    );
  }

  start(input: TransitionInput): Result {
    return this.transition(input, 'START', () => ({}));
  }

  /** `fulfilmentDeadline` is the deprecated spelling of `fulfillmentDeadline`; either is taken. */
  reachAgreement(input: TransitionInput & { terms: string; fulfillmentDeadline?: string | null; fulfilmentDeadline?: string | null }): Result {
    return this.transition(input, 'AGREE', (on, v) => {
      const terms = text(input.terms, ['input', 'terms'], 'TERMS_REQUIRED', v, 10_000);
      const field = ['input', input.fulfillmentDeadline ? 'fulfillmentDeadline' : 'fulfilmentDeadline'];
      const deadline = input.fulfillmentDeadline ?? input.fulfilmentDeadline ?? null;
      if (v.check(!!deadline, ['input', 'fulfillmentDeadline'], 'FULFILLMENT_DEADLINE_REQUIRED', 'give the day by which the agreement is to be carried out'))
        if (v.check(deadline! >= on, field, 'FULFILLMENT_DEADLINE_BEFORE_AGREEMENT', 'the fulfillment deadline cannot precede the agreement'))
          inBounds(v, 'fulfillmentDays', daysBetween(on, deadline!), field, 'days from the agreement to its fulfillment deadline');
      return { agreementTerms: terms, agreementOn: on, fulfilmentDeadline: deadline ?? undefined };
    });
  }

  confirmFulfillment(input: TransitionInput): Result {
    return this.transition(input, 'FULFILL', (on) => ({ fulfilledOn: on }));
  }

  /** AGREEMENT_REACHED → UNFULFILLED: the agreement was not carried out; the case closes and may be referred. */
  recordNonFulfillment(input: TransitionInput & { reason: string }): Result {
    return this.transition(input, 'BREACH', (_, v) => ({ failureReason: text(input.reason, ['input', 'reason'], 'REASON_REQUIRED', v) }));
  }

  fail(input: TransitionInput & { reason: string }): Result {
    return this.transition(input, 'FAIL', (_, v) => ({ failureReason: text(input.reason, ['input', 'reason'], 'REASON_REQUIRED', v) }));
  }

  refer(input: TransitionInput & { target: 'COURT' | 'DEPARTMENT'; institution: string }): Result {
    return this.transition(input, 'REFER', (on, v) => ({
      referredTo: input.target,
      referralInstitution: text(input.institution, ['input', 'institution'], 'INSTITUTION_REQUIRED', v, 200),
      referredOn: on,
    }));
  }

  withdraw(input: TransitionInput & { reason: string }): Result {
    return this.transition(input, 'WITHDRAW', (_, v) => ({ withdrawalReason: text(input.reason, ['input', 'reason'], 'REASON_REQUIRED', v) }));
  }

  /** One transition of the life cycle: allowed from the current status, or refused with nothing written. */
  private async transition(
    input: TransitionInput,
    transition: CaseTransition,
    details: (on: string, v: Validation) => Omit<CaseChange, 'status' | 'statusOn'>,
  ): Result {
    demand(this.viewer, 'disputes', 'move dispute cases');
    return transaction(
      this.dataSource,
      async (tx) => {
        const found = await this.load(tx, input.caseId);
        const to = nextStatus(found.status, transition);
        if (!to) refuse(['input', 'caseId'], 'TRANSITION_NOT_ALLOWED', `a case that is ${found.status} cannot ${transition.toLowerCase()}`);
        const v = new Validation();
        const on = effectiveDay(input.on, ['input', 'on'], v, found.statusOn);
        const change = details(on, v);
        v.throwIfAny();
        const closes = closesCase(found.status, to);
        const changed = await new CaseRepository(tx).change(found.id, { ...change, status: to, statusOn: on, ...(closes ? { closedOn: on } : {}) });
        await new CaseRepository(tx).recordTransition(found.id, found.status, to, on, this.viewer.id);
        await this.outbox.add(tx, 'mediation.case.transitioned', changed.areaCode, { caseId: changed.id, from: found.status, to, on }, this.trace());
        if (closes)
          await this.outbox.add(
            tx,
            'mediation.case.closed',
            changed.areaCode,
            { caseId: changed.id, outcome: to, closedOn: on, openedOn: changed.openedOn, type: changed.type },
            this.trace(),
          );
        return { disputeCase: changed };
      },
      CONSTRAINT_RULES,
    );
  }

  private async load(tx: EntityManager, caseId: string): Promise<CaseRow> {
    const [found] = isUuid(caseId) ? await new CaseRepository(tx).byIds([caseId], this.viewer.areas, true) : [];
    if (!found) refuse(['input', 'caseId'], 'CASE_UNKNOWN', `no dispute case ${caseId} in your areas`);
    return found;
  }

  /** Mediators assigned to a case must serve on the committee of its community. */
  private async checkMediators(tx: EntityManager, committeeId: string | null, mediatorIds: string[], field: string[]): Promise<void> {
    if (mediatorIds.length === 0) return;
    const valid = mediatorIds.filter(isUuid);
    const found = valid.length ? await new CommitteeRepository(tx).mediatorsByIds(valid, this.viewer.areas) : [];
    const ok = found.length === mediatorIds.length && found.every((m) => m.committeeId === committeeId);
    if (!ok) refuse(field, 'MEDIATOR_UNKNOWN', "every mediator must serve on the committee of the case's community");
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
