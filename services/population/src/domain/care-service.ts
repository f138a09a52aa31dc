import { randomUUID } from 'node:crypto';
import { hasRole, type PiiCipher, type Viewer } from '@linli/auth';
import { conflict, transaction, type DataSource, type EntityManager } from '@linli/db';
import { ForbiddenError, isIsoDate, refuse, today, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { KeyGroupRepository, type KeyGroupRow } from '../repositories/key-group-repository';
import { PermitRepository, type PermitRow } from '../repositories/permit-repository';
import { PersonRepository, type KeyGroupKind, type PersonRow, type VisitCategory } from '../repositories/person-repository';
import { areasOnly } from '../repositories/reach';
import { ResidenceRepository } from '../repositories/residence-repository';
import { VisitRepository, type VisitRow, type VisitRuleRow } from '../repositories/visit-repository';
import { ID_NUMBER_SHAPE, maskPermitNumber, normalizeNumber, PERMIT_NUMBER, VISIT_RULE_ROLES } from './rules';

export interface IssuePermit {
  personId: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
}

export interface RenewPermit {
  permitId: string;
  renewedOn: string;
  expiresOn: string;
}

export interface TagKeyGroup {
  personId: string;
  kind: KeyGroupKind;
  from: string;
  note?: string | null;
}

export interface RecordVisit {
  personId: string;
  visitedOn: string;
  findings: string;
  followUpNeeded: boolean;
}

/** The user error of each constraint behind a rule, for the request that loses a race past its check. */
export const CARE_CONFLICTS = {
  residence_permits_one_per_number: conflict(['input', 'number'], 'PERMIT_NUMBER_TAKEN', 'this permit number is already issued'),
  key_group_tags_one_current: conflict(['input', 'kind'], 'KEY_GROUP_ALREADY_TAGGED', 'the person is already in this key group'),
  visit_rules_interval_days_check: conflict(['input', 'intervalDays'], 'OUT_OF_RANGE', 'an interval is 1 to 366 days'),
  residence_permits_check: conflict(['input', 'expiresOn'], 'EXPIRY_NOT_AFTER_ISSUE', 'the expiry must come after the issue day'),
  residence_permits_person_id_fkey: conflict(['input', 'personId'], 'PERSON_UNKNOWN', 'no such person in your areas'),
  key_group_tags_check: conflict(['input', 'to'], 'TO_BEFORE_FROM', 'a membership cannot end before it began'),
  key_group_tags_note_check: conflict(['input', 'note'], 'NOTE_TOO_LONG', 'a note is at most 500 characters'),
  key_group_tags_person_id_fkey: conflict(['input', 'personId'], 'PERSON_UNKNOWN', 'no such person in your areas'),
  visits_findings_check: conflict(['input', 'findings'], 'FINDINGS_INVALID', 'findings are 1 to 2,000 characters'),
  visits_person_id_fkey: conflict(['input', 'personId'], 'PERSON_UNKNOWN', 'no such person in your areas'),
};

/**
 * The care of residents after registration: residence permits, key groups and home visits.
 * Each change that moves a person's visit schedule recomputes their next due day in the
 * same transaction, so overdueVisits is always a plain indexed read.
 */
export class CareService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly pii: PiiCipher,
    private readonly viewer: Viewer,
    private readonly settings: { VISIT_RULE_BATCH_SIZE: number },
  ) {}

  async issuePermit(input: IssuePermit): Promise<{ permit: PermitRow }> {
    const number = normalizeNumber(input.number);
    const v = new Validation();
    if (ID_NUMBER_SHAPE.test(number)) v.add(['input', 'number'], 'PERMIT_NUMBER_INVALID', 'this is an ID card number, not a residence permit number');
    else v.check(PERMIT_NUMBER.test(number), ['input', 'number'], 'PERMIT_NUMBER_INVALID', 'a permit number is the issuing city’s 2 to 4 letters and 8 to 14 digits, e.g. GZ4401180001');
    const issuedOk = v.check(isIsoDate(input.issuedOn) && input.issuedOn <= today(), ['input', 'issuedOn'], 'ISSUED_IN_FUTURE', 'a permit cannot be issued on a future day');
    if (issuedOk) v.check(input.expiresOn > input.issuedOn, ['input', 'expiresOn'], 'EXPIRY_NOT_AFTER_ISSUE', 'the expiry must come after the issue day');
    v.throwIfAny();
    const numberHash = this.pii.blindIndex(number);
    return transaction(this.dataSource, async (tx) => {
      const person = await this.person(tx, input.personId);
      const v2 = new Validation();
      v2.check(person.householdType === 'MIGRANT', ['input', 'personId'], 'PERSON_NOT_MIGRANT', 'residence permits are issued to migrant residents');
      const [residence] = await new ResidenceRepository(tx).currentOf([person.id], this.scope());
      v2.check(!!residence, ['input', 'personId'], 'NO_CURRENT_RESIDENCE', 'a permit needs a current residence registration (居住登记) first');
      const permits = new PermitRepository(tx);
      const [latest] = await permits.latestOf([person.id], this.scope());
      v2.check(!latest || latest.expiresOn < input.issuedOn, ['input', 'personId'], 'PERMIT_STILL_VALID', `permit ${latest?.number} is valid until ${latest?.expiresOn}; renew it instead`);
      v2.check(!(await permits.numberTaken(numberHash)), ['input', 'number'], 'PERMIT_NUMBER_TAKEN', 'this permit number is already issued');
      v2.throwIfAny();
      const permit = await permits.insert({
        id: randomUUID(),
        personId: person.id,
        numberEnc: this.pii.encrypt(number),
        numberHash,
        numberMasked: maskPermitNumber(number),
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
      });
      await new PersonRepository(tx).refreshDerived([person.id]);
      return { permit };
    }, CARE_CONFLICTS);
  }

  async renewPermit(input: RenewPermit): Promise<{ permit: PermitRow }> {
    const v = new Validation();
    v.check(isIsoDate(input.renewedOn) && input.renewedOn <= today(), ['input', 'renewedOn'], 'RENEWED_IN_FUTURE', 'a renewal cannot be dated in the future');
    v.check(isIsoDate(input.expiresOn) && input.expiresOn > input.renewedOn, ['input', 'expiresOn'], 'EXPIRY_NOT_AFTER_RENEWAL', 'the new expiry must come after the renewal day');
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const permits = new PermitRepository(tx);
      const permit = await permits.byId(input.permitId, this.scope());
      if (!permit) refuse(['input', 'permitId'], 'PERMIT_UNKNOWN', `no permit ${input.permitId} in your areas`);
      const v2 = new Validation();
      v2.check(input.expiresOn > permit.expiresOn, ['input', 'expiresOn'], 'EXPIRY_NOT_LATER', `the permit already runs until ${permit.expiresOn}`);
      v2.check(input.renewedOn >= permit.issuedOn, ['input', 'renewedOn'], 'RENEWED_BEFORE_ISSUE', `the permit was issued ${permit.issuedOn}`);
      const [residence] = await new ResidenceRepository(tx).currentOf([permit.personId], this.scope());
      v2.check(!!residence, ['input', 'permitId'], 'NO_CURRENT_RESIDENCE', 'the holder no longer has a current residence');
      v2.throwIfAny();
      const renewed = await permits.renew(permit.id, input.renewedOn, input.expiresOn);
      await new PersonRepository(tx).refreshDerived([permit.personId]);
      return { permit: renewed };
    }, CARE_CONFLICTS);
  }

  async tagKeyGroup(input: TagKeyGroup): Promise<{ membership: KeyGroupRow; person: PersonRow }> {
    const v = new Validation();
    v.check(isIsoDate(input.from) && input.from <= today(), ['input', 'from'], 'FROM_IN_FUTURE', 'a key-group membership cannot start in the future');
    if (input.note) v.check(input.note.length <= 500, ['input', 'note'], 'NOTE_TOO_LONG', 'a note is at most 500 characters');
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const person = await this.person(tx, input.personId);
      const groups = new KeyGroupRepository(tx);
      if (await groups.current(person.id, input.kind)) refuse(['input', 'kind'], 'KEY_GROUP_ALREADY_TAGGED', `the person is already in ${input.kind}`);
      const membership = await groups.insert({ id: randomUUID(), personId: person.id, kind: input.kind, from: input.from, note: input.note?.trim() || null });
      const refreshed = await this.refresh(tx, person.id);
      await this.outbox.add(tx, 'population.keygroup.tagged', person.areaCode, { personId: person.id, kind: input.kind, from: input.from, to: null }, this.trace());
      return { membership, person: refreshed };
    }, CARE_CONFLICTS);
  }

  async untagKeyGroup(input: { personId: string; kind: KeyGroupKind; to: string }): Promise<{ membership: KeyGroupRow; person: PersonRow }> {
    return transaction(this.dataSource, async (tx) => {
      const person = await this.person(tx, input.personId);
      const groups = new KeyGroupRepository(tx);
      const current = await groups.current(person.id, input.kind);
      if (!current) refuse(['input', 'kind'], 'KEY_GROUP_NOT_TAGGED', `the person is not currently in ${input.kind}`);
      const v = new Validation();
      v.check(isIsoDate(input.to) && input.to <= today(), ['input', 'to'], 'TO_IN_FUTURE', 'a membership cannot end on a future day');
      v.check(input.to >= current.from, ['input', 'to'], 'TO_BEFORE_FROM', `the membership began ${current.from}`);
      v.throwIfAny();
      const membership = await groups.end(current.id, input.to);
      const refreshed = await this.refresh(tx, person.id);
      await this.outbox.add(tx, 'population.keygroup.untagged', person.areaCode, { personId: person.id, kind: input.kind, to: input.to }, this.trace());
      return { membership, person: refreshed };
    }, CARE_CONFLICTS);
  }

  async recordVisit(input: RecordVisit): Promise<{ visit: VisitRow }> {
    const findings = input.findings.trim();
    const v = new Validation();
    v.check(isIsoDate(input.visitedOn) && input.visitedOn <= today(), ['input', 'visitedOn'], 'VISIT_IN_FUTURE', 'a visit cannot be recorded for a future day');
    v.check(findings.length > 0 && findings.length <= 2000, ['input', 'findings'], 'FINDINGS_INVALID', 'findings are 1 to 2,000 characters');
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const person = await this.person(tx, input.personId);
      const visit = await new VisitRepository(tx).insert({
        id: randomUUID(),
        personId: person.id,
        areaCode: person.areaCode,
        visitedOn: input.visitedOn,
        visitorId: this.viewer.id,
        visitorName: this.viewer.name,
        findings,
        followUpNeeded: input.followUpNeeded,
      });
      await this.refresh(tx, person.id);
      await this.outbox.add(
        tx,
        'population.visit.recorded',
        person.areaCode,
        { visitId: visit.id, personId: person.id, visitedOn: visit.visitedOn, followUpNeeded: visit.followUpNeeded },
        this.trace(),
      );
      return { visit };
    }, CARE_CONFLICTS);
  }

  /**
   * Changes one interval of the 3456 rule and moves every person's next due day with it. The
   * rule commits first; everyone's schedule then follows in batches of VISIT_RULE_BATCH_SIZE
   * persons (by id), each its own short transaction, so at district scale no statement runs for
   * minutes and no lock is held across the district. Any change of a person meanwhile already
   * reads the new rule; a person's due day may lag the rule until their batch has run.
   */
  async setVisitRule(input: { category: VisitCategory; intervalDays: number }): Promise<{ rule: VisitRuleRow }> {
    if (!VISIT_RULE_ROLES.some((role) => hasRole(this.viewer, role))) throw new ForbiddenError('only district admins may change the visit rules');
    const v = new Validation();
    v.check(Number.isInteger(input.intervalDays) && input.intervalDays >= 1 && input.intervalDays <= 366, ['input', 'intervalDays'], 'OUT_OF_RANGE', 'an interval is 1 to 366 days');
    v.throwIfAny();
    const rule = await transaction(this.dataSource, (tx) => new VisitRepository(tx).setRule(input.category, input.intervalDays), CARE_CONFLICTS);
    let after: string | null = null;
    do after = await transaction(this.dataSource, (tx) => new PersonRepository(tx).refreshDerivedAfter(after, this.settings.VISIT_RULE_BATCH_SIZE));
    while (after !== null);
    return { rule };
  }

  private async person(tx: EntityManager, personId: string): Promise<PersonRow> {
    const [person] = await new PersonRepository(tx).byIds([personId], this.scope(), true);
    if (!person) refuse(['input', 'personId'], 'PERSON_UNKNOWN', `no person ${personId} in your areas`);
    return person;
  }

  private async refresh(tx: EntityManager, personId: string): Promise<PersonRow> {
    const persons = new PersonRepository(tx);
    await persons.refreshDerived([personId]);
    const [person] = await persons.byIds([personId], this.scope());
    return person;
  }

  /** Writers act within their areas (never limited to one person). */
  private scope() {
    return areasOnly(this.viewer.areas);
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
