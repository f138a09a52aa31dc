import { randomUUID } from 'node:crypto';
import type { MemberRole } from '@linli/contracts';
import { refuse, today, Validation } from '@linli/domain';
import { MembershipRepository, type MembershipRow } from '../repositories/membership-repository';
import { isUuid, transaction } from '@linli/db';
import { CONSTRAINT_RULES } from './constraint-rules';
import { Work } from './work';

export interface AddMember {
  organizationId: string;
  personId: string;
  role: MemberRole;
  from: string;
}

/** Who belongs to an organization, in which role, from when to when. */
export class MembershipService extends Work {
  async addMember(input: AddMember): Promise<{ membership: MembershipRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const org = await this.organizationFor(tx, input.organizationId, ['input', 'organizationId']);
        this.requireWritable(org, ['input', 'organizationId']);
        const memberships = new MembershipRepository(tx);
        const v = new Validation();
        if (await this.checkPerson(tx, input.personId, ['input', 'personId'], v))
          v.check(!(await memberships.currentOf(org.id, input.personId)), ['input', 'personId'], 'ALREADY_MEMBER', 'the person is a current member already');
        if (input.role === 'CHAIR') {
          const chair = await memberships.currentChair(org.id);
          // the chair may live outside the caller's areas: their id is not named
          v.check(!chair, ['input', 'role'], 'SECOND_CHAIR', `${org.name} has had a chair since ${chair?.from}; end that membership first`);
        }
        v.check(input.from <= today(), ['input', 'from'], 'FROM_IN_FUTURE', 'a membership cannot begin in the future');
        v.check(input.from >= org.foundedOn, ['input', 'from'], 'FROM_BEFORE_FOUNDED', `${org.name} was founded on ${org.foundedOn}`);
        v.throwIfAny();
        const membership = await memberships.insert({
          id: randomUUID(),
          organizationId: org.id,
          personId: input.personId,
          areaCode: org.areaCode,
          role: input.role,
          from: input.from,
        });
        await this.outbox.add(
          tx,
          'organizations.member.joined',
          org.areaCode,
          { membershipId: membership.id, organizationId: org.id, personId: membership.personId, role: membership.role, from: membership.from },
          this.trace(),
        );
        return { membership };
      },
      CONSTRAINT_RULES,
    );
  }

  async endMembership(input: { membershipId: string; to: string }): Promise<{ membership: MembershipRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const memberships = new MembershipRepository(tx);
        const current = isUuid(input.membershipId) ? await memberships.lock(input.membershipId, this.scope) : null;
        if (!current) refuse(['input', 'membershipId'], 'MEMBERSHIP_UNKNOWN', `no membership ${input.membershipId} in your areas`);
        const org = await this.organizationFor(tx, current.organizationId, ['input', 'membershipId']);
        this.requireWritable(org, ['input', 'membershipId']);
        if (!current.current) refuse(['input', 'membershipId'], 'MEMBERSHIP_ENDED', `the membership ended on ${current.to}`);
        const v = new Validation();
        v.check(input.to >= current.from, ['input', 'to'], 'TO_BEFORE_FROM', `the membership began on ${current.from}`);
        v.check(input.to <= today(), ['input', 'to'], 'TO_IN_FUTURE', 'a membership cannot be ended on a future day');
        v.throwIfAny();
        const membership = await memberships.end(current.id, input.to);
        await this.outbox.add(
          tx,
          'organizations.member.left',
          org.areaCode,
          { membershipId: membership.id, organizationId: org.id, personId: membership.personId, to: input.to },
          this.trace(),
        );
        return { membership };
      },
      CONSTRAINT_RULES,
    );
  }
}
