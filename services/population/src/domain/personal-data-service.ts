import { randomUUID } from 'node:crypto';
import { hasRole, type PiiCipher, type Viewer } from '@linli/auth';
import { transaction, type Connection, type DataSource } from '@linli/db';
import { ForbiddenError, refuse, Validation, type UserError } from '@linli/domain';
import { AuditRepository, type AuditRow, type PersonalDataField } from '../repositories/audit-repository';
import { PersonRepository, type SealedPersonalData } from '../repositories/person-repository';
import { AUDIT_ROLES, REASON_MIN_VISIBLE, revealRole, visibleLength } from './rules';

/** The reveal payload as resolvers return it. */
export interface RevealPayload {
  value?: string | null;
  auditRecord?: AuditRow | null;
  userErrors: UserError[];
}

/** What each field reveals, and what is said when the person has none. */
const FIELDS: Record<PersonalDataField, { stored: (sealed: SealedPersonalData) => string | null; none: string }> = {
  ID_NUMBER: { stored: (sealed) => sealed.documentEnc, none: 'the person has no document number on record' },
  PHONE: { stored: (sealed) => sealed.phoneEnc, none: 'the person has no phone on record' },
  PERMIT_NUMBER: { stored: (sealed) => sealed.permitEnc, none: 'the person has no residence permit' },
};

/**
 * Full ID numbers, phones and permit numbers leave population only here: to a role that may see them, for
 * a reason, with an audit record written in the same transaction (no record, no value).
 */
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pii: PiiCipher,
    private readonly viewer: Viewer,
  ) {}

  async reveal(input: { personId: string; field: PersonalDataField; reason: string }): Promise<{ value: string; auditRecord: AuditRow }> {
    const role = revealRole(this.viewer);
    if (!role) throw new ForbiddenError('your role may not reveal personal data');
    const reason = input.reason.trim();
    const v = new Validation();
    // what the audit's reader can see counts: blanks, zero-width and control characters do not
    v.check(visibleLength(reason) >= REASON_MIN_VISIBLE, ['input', 'reason'], 'REASON_REQUIRED', `say why the full value is needed in at least ${REASON_MIN_VISIBLE} visible characters; the reason is kept in the audit`);
    v.check(reason.length <= 500, ['input', 'reason'], 'REASON_TOO_LONG', 'a reason is at most 500 characters');
    v.throwIfAny();
    return transaction(this.dataSource, async (tx) => {
      const sealed = await new PersonRepository(tx).sealed(input.personId, this.viewer.areas);
      if (!sealed) refuse(['input', 'personId'], 'PERSON_UNKNOWN', `no person ${input.personId} in your areas`);
      const stored = FIELDS[input.field].stored(sealed);
      if (!stored) refuse(['input', 'field'], 'FIELD_EMPTY', FIELDS[input.field].none);
      const auditRecord = await new AuditRepository(tx).append({
        id: randomUUID(),
        viewerId: this.viewer.id,
        viewerName: this.viewer.name,
        role,
        personId: sealed.id,
        areaCode: sealed.areaCode,
        field: input.field,
        reason,
        requestId: this.viewer.requestId,
      });
      return { value: this.pii.decrypt(stored), auditRecord };
    });
  }

  async auditRecords(personId: string | null | undefined, first: number, after: string | null | undefined): Promise<Connection<AuditRow>> {
    if (!AUDIT_ROLES.some((role) => hasRole(this.viewer, role))) throw new ForbiddenError('only district admins may read the audit of personal data');
    return new AuditRepository(this.dataSource.manager).list(personId, first, after, this.viewer.areas);
  }
}
