import { randomUUID } from 'node:crypto';
import { inScope } from '@linli/auth';
import type { OrganizationCategory, OrganizationStatus } from '@linli/contracts';
import { transaction } from '@linli/db';
import { levelOf, today, Validation } from '@linli/domain';
import { OrganizationRepository, type OrganizationRow } from '../repositories/organization-repository';
import { creditCodeProblem, normalizeCreditCode } from './credit-code';
import { CONSTRAINT_RULES } from './constraint-rules';
import { organizationMayBecome, text } from './rules';
import { organizationData, Work } from './work';

export interface RegisterOrganization {
  name: string;
  registrationKind: 'CIVIL_AFFAIRS' | 'COMMUNITY_FILING';
  creditCode?: string | null;
  filingNumber?: string | null;
  category: OrganizationCategory;
  areaCode: string;
  foundedOn: string;
  partyBranch?: boolean | null;
  contactPersonId?: string | null;
}

export interface UpdateOrganization {
  organizationId: string;
  name?: string | null;
  category?: OrganizationCategory | null;
  partyBranch?: boolean | null;
  contactPersonId?: string | null;
}

export interface ChangeOrganizationStatus {
  organizationId: string;
  status: OrganizationStatus;
  reason: string;
  on: string;
}

const CREDIT_CODE_PROBLEMS = {
  FORMAT: ['CREDIT_CODE_INVALID', 'a unified social credit code is 18 characters: digits and capital letters other than I, O, S, V, Z'],
  CHECK_CHARACTER: ['CREDIT_CODE_CHECK_CHARACTER', 'the last character does not match the GB 32100 check of the first 17'],
  NOT_CIVIL_AFFAIRS: ['CREDIT_CODE_NOT_CIVIL_AFFAIRS', 'a code issued by civil affairs begins with 5'],
} as const;

/** The registry of organizations: registration, changes and the status life cycle. */
export class OrganizationService extends Work {
  async registerOrganization(input: RegisterOrganization): Promise<{ organization: OrganizationRow }> {
    this.requireRegistryKeeper('register organizations');
    const v = new Validation();
    const name = text(input.name, 100, ['input', 'name'], 'NAME_INVALID', 'name', v);
    if (
      v.check(levelOf(input.areaCode) === 'COMMUNITY', ['input', 'areaCode'], 'AREA_NOT_A_COMMUNITY', 'an organization’s home is a community (12-digit code)')
    )
      v.check(inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'the community lies outside your areas');
    const creditCode = input.creditCode?.trim() ? normalizeCreditCode(input.creditCode) : null;
    const filingNumber = input.filingNumber?.trim() || null;
    if (input.registrationKind === 'CIVIL_AFFAIRS') {
      if (
        v.check(
          creditCode !== null,
          ['input', 'creditCode'],
          'CREDIT_CODE_REQUIRED',
          'an organization registered with civil affairs needs its unified social credit code',
        )
      ) {
        const problem = creditCodeProblem(creditCode!, { civilAffairs: true });
        if (problem) v.add(['input', 'creditCode'], CREDIT_CODE_PROBLEMS[problem][0], CREDIT_CODE_PROBLEMS[problem][1]);
      }
      v.check(
        filingNumber === null,
        ['input', 'filingNumber'],
        'FILING_NUMBER_NOT_EXPECTED',
        'a registered organization has a credit code, not a filing number',
      );
    } else {
      if (
        v.check(
          filingNumber !== null,
          ['input', 'filingNumber'],
          'FILING_NUMBER_REQUIRED',
          'an organization filed with the residents’ committee needs its filing number',
        )
      )
        v.check(filingNumber!.length <= 40, ['input', 'filingNumber'], 'FILING_NUMBER_INVALID', 'a filing number is at most 40 characters');
      v.check(
        creditCode === null,
        ['input', 'creditCode'],
        'CREDIT_CODE_NOT_EXPECTED',
        'an organization filed with the community has no credit code; register it with civil affairs instead',
      );
    }
    v.check(input.foundedOn <= today(), ['input', 'foundedOn'], 'FOUNDED_IN_FUTURE', 'the founding day is in the future');

    return transaction(
      this.dataSource,
      async (tx) => {
        const organizations = new OrganizationRepository(tx);
        if (creditCode) {
          const holder = await organizations.creditCodeHolder(creditCode);
          v.check(holder === null, ['input', 'creditCode'], 'CREDIT_CODE_TAKEN', `this credit code is registered to organization ${holder}`);
        }
        if (filingNumber && levelOf(input.areaCode) === 'COMMUNITY')
          v.check(
            !(await organizations.filingNumberTaken(input.areaCode, filingNumber)),
            ['input', 'filingNumber'],
            'FILING_NUMBER_TAKEN',
            'the community has filed this number already',
          );
        v.check(
          !(await organizations.nameTaken(input.areaCode, name, null)),
          ['input', 'name'],
          'NAME_TAKEN',
          `the community already has an organization named ${name}`,
        );
        if (input.contactPersonId) await this.checkPerson(tx, input.contactPersonId, ['input', 'contactPersonId'], v);
        v.throwIfAny();
        const organization = await organizations.insert({
          id: randomUUID(),
          name,
          registrationKind: input.registrationKind,
          creditCode,
          filingNumber,
          category: input.category,
          areaCode: input.areaCode,
          foundedOn: input.foundedOn,
          partyBranch: input.partyBranch ?? false,
          contactPersonId: input.contactPersonId ?? null,
        });
        await this.outbox.add(tx, 'organizations.organization.registered', organization.areaCode, organizationData(organization), this.trace());
        return { organization };
      },
      CONSTRAINT_RULES,
    );
  }

  async updateOrganization(input: UpdateOrganization): Promise<{ organization: OrganizationRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const org = await this.organizationFor(tx, input.organizationId, ['input', 'organizationId']);
        this.requireWritable(org, ['input', 'organizationId']);
        const v = new Validation();
        const name = input.name === undefined || input.name === null ? org.name : text(input.name, 100, ['input', 'name'], 'NAME_INVALID', 'name', v);
        const organizations = new OrganizationRepository(tx);
        if (name !== org.name)
          v.check(
            !(await organizations.nameTaken(org.areaCode, name, org.id)),
            ['input', 'name'],
            'NAME_TAKEN',
            `the community already has an organization named ${name}`,
          );
        if (input.contactPersonId) await this.checkPerson(tx, input.contactPersonId, ['input', 'contactPersonId'], v);
        v.throwIfAny();
        const change = {
          name,
          category: input.category ?? org.category,
          partyBranch: input.partyBranch ?? org.partyBranch,
          contactPersonId: input.contactPersonId ?? org.contactPersonId,
        };
        const unchanged =
          change.name === org.name &&
          change.category === org.category &&
          change.partyBranch === org.partyBranch &&
          change.contactPersonId === org.contactPersonId;
        if (unchanged) return { organization: org };
        const organization = await organizations.update(org.id, change);
        await this.outbox.add(tx, 'organizations.organization.updated', organization.areaCode, organizationData(organization), this.trace());
        return { organization };
      },
      CONSTRAINT_RULES,
    );
  }

  async changeStatus(input: ChangeOrganizationStatus): Promise<{ organization: OrganizationRow }> {
    this.requireRegistryKeeper('change an organization’s status');
    return transaction(
      this.dataSource,
      async (tx) => {
        const org = await this.organizationFor(tx, input.organizationId, ['input', 'organizationId']);
        const v = new Validation();
        v.check(
          organizationMayBecome(org.status, input.status),
          ['input', 'status'],
          'STATUS_TRANSITION_INVALID',
          org.status === 'DEREGISTERED'
            ? `${org.name} is deregistered; its record is read-only`
            : `an organization cannot go from ${org.status} to ${input.status}`,
        );
        const reason = text(input.reason, 500, ['input', 'reason'], 'REASON_REQUIRED', 'the reason', v);
        v.check(input.on <= today(), ['input', 'on'], 'STATUS_DATE_IN_FUTURE', 'a status change cannot take effect in the future');
        const previous = org.statusChangedOn ?? org.foundedOn;
        v.check(
          input.on >= previous,
          ['input', 'on'],
          'STATUS_DATE_BEFORE_PREVIOUS',
          `the organization’s status last changed (or it was founded) on ${previous}`,
        );
        v.throwIfAny();
        const organization = await new OrganizationRepository(tx).changeStatus(org.id, {
          changeId: randomUUID(),
          from: org.status,
          to: input.status,
          reason,
          on: input.on,
        });
        await this.outbox.add(
          tx,
          'organizations.organization.status_changed',
          organization.areaCode,
          { ...organizationData(organization), previousStatus: org.status, reason, changedOn: input.on },
          this.trace(),
        );
        return { organization };
      },
      CONSTRAINT_RULES,
    );
  }
}
