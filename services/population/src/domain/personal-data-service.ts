import { randomUUID } from 'node:crypto';
import { hasRole, type PiiCipher, type Viewer } from '@linli/auth';
import type { Connection, DataSource } from '@linli/db';
import { ForbiddenError, refuse, Validation, type UserError } from '@linli/domain';
import { AuditRepository, type AuditRow, type PersonalDataField } from '../repositories/audit-repository';
import { PersonRepository } from '../repositories/person-repository';
import { AUDIT_ROLES, revealRole } from './rules';

/** The reveal payload as resolvers return it. */
export interface RevealPayload {
  value?: string | null;
  auditRecord?: AuditRow | null;
  userErrors: UserError[];
}

/**
 * Full ID numbers and phones leave population only here: to a role that may see them, for
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
    v.check(reason.length > 0, ['input', 'reason'], 'REASON_REQUIRED', 'say why the full value is needed; the reason is kept in the audit');
    v.check(reason.length <= 500, ['input', 'reason'], 'REASON_TOO_LONG', 'a reason is at most 500 characters');
    v.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      const sealed = await new PersonRepository(tx).sealed(input.personId, this.viewer.areas);
      if (!sealed) refuse(['input', 'personId'], 'PERSON_UNKNOWN', `no person ${input.personId} in your areas`);
      const stored = input.field === 'ID_NUMBER' ? sealed.documentEnc : sealed.phoneEnc;
      if (!stored) refuse(['input', 'field'], 'FIELD_EMPTY', 'the person has no phone on record');
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
