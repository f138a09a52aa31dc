import { randomUUID } from 'node:crypto';
import { hasRole, inScope, maskPhone, type PiiCipher, type Viewer } from '@linli/auth';
import { conflict, transaction, type DataSource, type EntityManager } from '@linli/db';
import { ForbiddenError, isAreaCode, isIsoDate, readIdNumber, refuse, today, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { KnownHouseRepository, type KnownHouseRow } from '../repositories/house-repository';
import { PersonRepository, type PersonRow } from '../repositories/person-repository';
import { areasOnly } from '../repositories/reach';
import { ResidenceRepository, type ResidenceRow } from '../repositories/residence-repository';
import { maskDocumentNumber, normalizeNumber, TRANSFER_ROLES } from './rules';

export interface RegisterPerson {
  name: string;
  documentType: 'ID_CARD' | 'PASSPORT' | 'OTHER';
  documentNumber: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  phone?: string | null;
  householdType: 'LOCAL' | 'MIGRANT';
  areaCode: string;
  origin?: string | null;
  occupation?: string | null;
  partyMember?: boolean | null;
}

export interface UpdatePerson {
  personId: string;
  name?: string | null;
  phone?: string | null;
  origin?: string | null;
  occupation?: string | null;
  partyMember?: boolean | null;
  householdType?: 'LOCAL' | 'MIGRANT' | null;
}

export interface RegisterResidence {
  personId: string;
  houseId: string;
  from: string;
  reason: ResidenceRow['reason'];
}

export interface TransferPerson {
  documentNumber: string;
  name: string;
  houseId: string;
  from: string;
  reason: ResidenceRow['reason'];
}

/**
 * The user error of each constraint behind a rule, for the request that loses a race past the
 * rule's check (the kernel's transaction answers it instead of the constraint's name).
 */
export const PERSON_CONFLICTS = {
  // two registrations of one number at once: the loser learns no more than a refusal out of scope
  persons_one_per_document_number: conflict(['input', 'documentNumber'], 'DOCUMENT_NOT_ACCEPTED', 'this document number cannot be registered here'),
  residences_one_current: conflict(['input', 'personId'], 'RESIDENCE_CHANGED_MEANWHILE', "the person's residence was changed by another request at the same time; reload and try again"),
  residences_person_id_fkey: conflict(['input', 'personId'], 'PERSON_UNKNOWN', 'no such person in your areas'),
  residences_house_id_fkey: conflict(['input', 'houseId'], 'HOUSE_UNKNOWN', 'no such house known in your areas'),
  residences_check: conflict(['input', 'to'], 'TO_BEFORE_FROM', 'a residence cannot end before it began'),
  persons_name_check: conflict(['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters'),
  persons_origin_check: conflict(['input', 'origin'], 'ORIGIN_INVALID', 'origin is at most 100 characters'),
  persons_occupation_check: conflict(['input', 'occupation'], 'OCCUPATION_INVALID', 'occupation is at most 100 characters'),
};

/** The one answer for a document number held by a person out of the caller's areas (or won by a racing registration). */
const NOT_ACCEPTED = 'this document number cannot be registered here; if the person has moved into your areas, a community worker, street or district admin of the new area transfers them (transferPerson with their ID card in hand)';

const ID_PROBLEMS = {
  FORMAT: 'an ID card number is 17 digits and a check character (digit or X)',
  CHECK_DIGIT: 'the check character does not match the first 17 digits',
  BIRTH_DATE: 'the birth date inside the number is not a real date',
} as const;

/** Persons and where they live. Every change commits with its event; a refusal writes nothing. */
export class PersonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly pii: PiiCipher,
    private readonly viewer: Viewer,
  ) {}

  async registerPerson(input: RegisterPerson): Promise<{ person: PersonRow }> {
    const v = new Validation();
    const name = input.name.trim();
    const document = normalizeNumber(input.documentNumber);
    v.check(name.length > 0 && name.length <= 100, ['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters');
    checkDetails(v, input);
    v.check(isAreaCode(input.areaCode) && inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'areaCode must be an area within your areas');
    v.check(input.birthDate <= today(), ['input', 'birthDate'], 'BIRTH_DATE_IN_FUTURE', 'birth date is in the future');
    if (input.phone !== undefined && input.phone !== null)
      v.check(/^1\d{10}$/.test(input.phone), ['input', 'phone'], 'PHONE_INVALID', 'phone must be an 11-digit mobile number');
    if (input.documentType === 'ID_CARD') {
      const facts = readIdNumber(document);
      if (typeof facts === 'string') v.add(['input', 'documentNumber'], facts === 'CHECK_DIGIT' ? 'ID_NUMBER_CHECK_DIGIT' : 'ID_NUMBER_INVALID', ID_PROBLEMS[facts]);
      else {
        v.check(facts.birthDate === input.birthDate, ['input', 'birthDate'], 'BIRTH_DATE_MISMATCH', `the ID number gives birth date ${facts.birthDate}`);
        v.check(facts.sex === input.sex, ['input', 'sex'], 'SEX_MISMATCH', `the ID number gives sex ${facts.sex}`);
      }
    } else v.check(/^[A-Z0-9]{5,20}$/.test(document), ['input', 'documentNumber'], 'DOCUMENT_NUMBER_INVALID', 'a document number is 5 to 20 letters or digits');
    v.throwIfAny();

    // one person per number, whatever type it was filed under (an ID number filed as OTHER is the same person)
    const documentHash = this.pii.blindIndex(document);
    return transaction(this.dataSource, async (tx) => {
      const persons = new PersonRepository(tx);
      const existing = await persons.byDocument(documentHash);
      // neither an id nor a hint of where: in the caller's areas they can find the person by the
      // number themselves; elsewhere the answer is the same as for any number they cannot register
      if (existing && inScope(this.viewer, existing.areaCode))
        refuse(['input', 'documentNumber'], 'PERSON_ALREADY_REGISTERED', 'a person with this document number is registered in your areas already; find them by the number');
      if (existing) refuse(['input', 'documentNumber'], 'DOCUMENT_NOT_ACCEPTED', NOT_ACCEPTED);
      const person = await persons.insert({
        id: randomUUID(),
        name,
        documentType: input.documentType,
        documentEnc: this.pii.encrypt(document),
        documentHash,
        documentMasked: maskDocumentNumber(document),
        sex: input.sex,
        birthDate: input.birthDate,
        phoneEnc: input.phone ? this.pii.encrypt(input.phone) : null,
        phoneHash: input.phone ? this.pii.blindIndex(input.phone) : null,
        phoneMasked: input.phone ? maskPhone(input.phone) : null,
        householdType: input.householdType,
        areaCode: input.areaCode,
        origin: blankToNull(input.origin),
        occupation: blankToNull(input.occupation),
        partyMember: input.partyMember ?? false,
      });
      await this.outbox.add(tx, 'population.person.registered', person.areaCode, { personId: person.id, householdType: person.householdType, areaCode: person.areaCode }, this.trace());
      return { person };
    }, PERSON_CONFLICTS);
  }

  /** Changes the details given; the document (and what it encodes) never changes. */
  async updatePerson(input: UpdatePerson): Promise<{ person: PersonRow }> {
    const v = new Validation();
    if (input.name !== undefined)
      v.check(input.name !== null && input.name.trim().length > 0 && input.name.trim().length <= 100, ['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters');
    v.check(input.partyMember !== null, ['input', 'partyMember'], 'PARTY_MEMBER_INVALID', 'partyMember is true or false; leave it out to keep it');
    v.check(input.householdType !== null, ['input', 'householdType'], 'HOUSEHOLD_TYPE_INVALID', 'householdType cannot be removed; leave it out to keep it');
    if (input.phone !== undefined && input.phone !== null)
      v.check(/^1\d{10}$/.test(input.phone), ['input', 'phone'], 'PHONE_INVALID', 'phone must be an 11-digit mobile number');
    checkDetails(v, input);
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const persons = new PersonRepository(tx);
      const [before] = await persons.byIds([input.personId], this.scope(), true);
      if (!before) refuse(['input', 'personId'], 'PERSON_UNKNOWN', `no person ${input.personId} in your areas`);
      const person = await persons.update(before.id, {
        name: input.name?.trim() ?? undefined,
        phone: input.phone === undefined ? undefined : input.phone === null ? null : { enc: this.pii.encrypt(input.phone), hash: this.pii.blindIndex(input.phone), masked: maskPhone(input.phone) },
        origin: input.origin === undefined ? undefined : blankToNull(input.origin),
        occupation: input.occupation === undefined ? undefined : blankToNull(input.occupation),
        partyMember: input.partyMember ?? undefined,
        householdType: input.householdType ?? undefined,
      });
      if (person.householdType !== before.householdType) {
        // a migrant is visited weekly, a local twice a year: the schedule follows the change
        await persons.refreshDerived([person.id]);
        const [refreshed] = await persons.byIds([person.id], this.scope());
        await this.outbox.add(tx, 'population.person.updated', person.areaCode, { personId: person.id, householdType: person.householdType, areaCode: person.areaCode }, this.trace());
        return { person: refreshed };
      }
      await this.outbox.add(tx, 'population.person.updated', person.areaCode, { personId: person.id, householdType: person.householdType, areaCode: person.areaCode }, this.trace());
      return { person };
    }, PERSON_CONFLICTS);
  }

  async registerResidence(input: RegisterResidence): Promise<{ residence: ResidenceRow }> {
    return transaction(
      this.dataSource,
      async (tx) => {
        const v = new Validation();
        // locked: registrations of one person queue, so the second of two identical ones sees the first
        const [person] = await new PersonRepository(tx).byIds([input.personId], this.scope(), true);
        v.check(!!person, ['input', 'personId'], 'PERSON_UNKNOWN', `no person ${input.personId} in your areas`);
        const house = await this.houseInScope(tx, input.houseId, v);
        v.check(isIsoDate(input.from) && input.from <= today(), ['input', 'from'], 'FROM_IN_FUTURE', 'a residence cannot start in the future');
        v.throwIfAny();
        return { residence: await this.moveIn(tx, person, house!, input) };
      },
      PERSON_CONFLICTS,
    );
  }

  /**
   * Moves a person registered elsewhere (out of the caller's areas) into a house of the
   * caller's areas, found by the document number and name on the ID card the person shows:
   * their current residence ends on the day they move in, and their record follows them. The
   * caller learns nothing unless both match: an unknown number and a wrong name answer the
   * same. Community workers, street and district admins only (TRANSFER_ROLES).
   */
  async transferPerson(input: TransferPerson): Promise<{ residence: ResidenceRow; person: PersonRow }> {
    if (!TRANSFER_ROLES.some((role) => hasRole(this.viewer, role))) throw new ForbiddenError('only community workers, street and district admins may transfer a person into their areas');
    const document = normalizeNumber(input.documentNumber);
    const v = new Validation();
    v.check(input.name.trim().length > 0 && input.name.trim().length <= 100, ['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters');
    v.check(/^[A-Z0-9]{5,20}$/.test(document), ['input', 'documentNumber'], 'DOCUMENT_NUMBER_INVALID', 'a document number is 5 to 20 letters or digits');
    v.check(isIsoDate(input.from) && input.from <= today(), ['input', 'from'], 'FROM_IN_FUTURE', 'a residence cannot start in the future');
    v.throwIfAny();
    return transaction(
      this.dataSource,
      async (tx) => {
        const v2 = new Validation();
        const house = await this.houseInScope(tx, input.houseId, v2);
        v2.throwIfAny();
        const found = await new PersonRepository(tx).byDocument(this.pii.blindIndex(document), true);
        if (!found || found.name !== input.name.trim()) refuse(['input', 'documentNumber'], 'TRANSFER_NOT_MATCHED', 'no person registered with this document number and name');
        const residence = await this.moveIn(tx, found, house!, input);
        const [person] = await new PersonRepository(tx).byIds([found.id], this.scope());
        return { residence, person };
      },
      PERSON_CONFLICTS,
    );
  }

  /** The house, when population knows it and it lies within the caller's areas. */
  private async houseInScope(tx: EntityManager, houseId: string, v: Validation): Promise<KnownHouseRow | null> {
    // a house outside the caller's areas is as unknown as one housing never announced
    const house = await new KnownHouseRepository(tx).find(houseId);
    v.check(!!house && inScope(this.viewer, house.gridCode), ['input', 'houseId'], 'HOUSE_UNKNOWN', `no house ${houseId} known in your areas`);
    return house;
  }

  /**
   * A new residence at the house from a day: the current one (wherever it is) ends that day,
   * the person's area becomes the house's grid, continuous residence (for points) survives a
   * move without a gap. The person's row is locked by the caller.
   */
  private async moveIn(tx: EntityManager, person: PersonRow, house: KnownHouseRow, input: { from: string; reason: ResidenceRow['reason'] }): Promise<ResidenceRow> {
    const persons = new PersonRepository(tx);
    const residences = new ResidenceRepository(tx);
    const latest = await residences.latestFrom(person.id);
    if (latest && input.from < latest) refuse(['input', 'from'], 'FROM_BEFORE_CURRENT', `the person's latest residence began ${latest}; a new one cannot begin earlier`);
    const [current] = await residences.currentOf([person.id], EVERYWHERE, true);
    if (current?.houseId === house.id) refuse(['input', 'houseId'], 'ALREADY_RESIDING', `the person lives at this house since ${current.from}`);
    const latestEnd = current ? null : await residences.latestEnd(person.id);
    if (current) {
      const ended = await residences.end(current.id, input.from);
      await this.outbox.add(tx, 'population.residence.ended', ended.areaCode, { ...eventData(ended), to: input.from }, this.trace());
    }
    const residence = await residences.insert({ id: randomUUID(), personId: person.id, houseId: house.id, areaCode: house.gridCode, from: input.from, to: null, reason: input.reason });
    await persons.moveTo([person.id], house.gridCode);
    const continuous = current !== undefined || (latestEnd !== null && latestEnd >= input.from);
    if (!continuous || !person.settledSince) await persons.setSettledSince(person.id, continuous ? (current?.from ?? input.from) : input.from);
    await persons.refreshDerived([person.id]);
    await this.outbox.add(tx, 'population.residence.registered', residence.areaCode, eventData(residence), this.trace());
    // the person's area is where they live: read models of persons follow
    if (person.areaCode !== house.gridCode)
      await this.outbox.add(tx, 'population.person.updated', house.gridCode, { personId: person.id, householdType: person.householdType, areaCode: house.gridCode }, this.trace());
    return residence;
  }

  async endResidence(input: { personId: string; to: string }): Promise<{ residence: ResidenceRow }> {
    return transaction(this.dataSource, async (tx) => {
      const residences = new ResidenceRepository(tx);
      const [current] = await residences.currentOf([input.personId], this.scope(), true);
      if (!current) refuse(['input', 'personId'], 'NO_CURRENT_RESIDENCE', 'the person has no current residence in your areas');
      const v = new Validation();
      v.check(input.to >= current.from, ['input', 'to'], 'TO_BEFORE_FROM', `the residence began ${current.from}`);
      v.check(isIsoDate(input.to) && input.to <= today(), ['input', 'to'], 'TO_IN_FUTURE', 'a residence cannot be ended on a future date');
      v.throwIfAny();
      const ended = await residences.end(current.id, input.to);
      const persons = new PersonRepository(tx);
      await persons.moveOut(input.personId);
      await persons.refreshDerived([input.personId]);
      await this.outbox.add(tx, 'population.residence.ended', ended.areaCode, { ...eventData(ended), to: input.to }, this.trace());
      return { residence: ended };
    }, PERSON_CONFLICTS);
  }

  /** Writers act within their areas (never limited to one person). */
  private scope() {
    return areasOnly(this.viewer.areas);
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}

/** The whole district: the person's own current residence, wherever it lies, ends when they move. */
const EVERYWHERE = areasOnly(['']);

function eventData(r: ResidenceRow) {
  return { residenceId: r.id, personId: r.personId, houseId: r.houseId, from: r.from, to: r.to, reason: r.reason };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function checkDetails(v: Validation, input: { origin?: string | null; occupation?: string | null }): void {
  if (input.origin) v.check(input.origin.trim().length <= 100, ['input', 'origin'], 'ORIGIN_INVALID', 'origin is at most 100 characters');
  if (input.occupation) v.check(input.occupation.trim().length <= 100, ['input', 'occupation'], 'OCCUPATION_INVALID', 'occupation is at most 100 characters');
}
