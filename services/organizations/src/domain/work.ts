import { hasRole, type Viewer } from '@linli/auth';
import type { OrganizationData } from '@linli/contracts';
import { isUuid, type DataSource, type EntityManager } from '@linli/db';
import { ForbiddenError, refuse, type Validation } from '@linli/domain';
import { KNOWN_PERSONS, ReadModelRepository, type Outbox } from '@linli/events';
import { OrganizationRepository, type OrganizationRow } from '../repositories/organization-repository';
import { keepsRegistry, mayActFor } from './rules';

/** What every domain service of organizations works with: the pool, the outbox and who is asking. */
export abstract class Work {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly outbox: Outbox,
    protected readonly viewer: Viewer,
  ) {}

  protected get scope(): readonly string[] {
    return this.viewer.areas;
  }

  protected trace() {
    return { requestId: this.viewer.requestId };
  }

  /** Refuses callers whose role keeps no registry (register, change status, buy services). */
  protected requireRegistryKeeper(what: string): void {
    if (!keepsRegistry(this.viewer)) throw new ForbiddenError(`only community workers and admins ${what}`);
  }

  /** Refuses callers who can record no organization's work at all, before anything is looked up. */
  protected requireWorker(): void {
    if (!keepsRegistry(this.viewer) && !hasRole(this.viewer, 'ORG_STAFF')) throw new ForbiddenError('your role may not record an organization’s work');
  }

  /**
   * The organization an action is about, locked for the transaction: unknown or outside the
   * caller's areas is the same answer; an organization's staff act only for their own.
   */
  protected async organizationFor(tx: EntityManager, id: string, field: string[]): Promise<OrganizationRow> {
    const org = isUuid(id) ? await new OrganizationRepository(tx).lock(id, this.scope) : null;
    if (!org) refuse(field, 'ORGANIZATION_UNKNOWN', `no organization ${id} in your areas`);
    if (!mayActFor(this.viewer, org.id)) throw new ForbiddenError('you may act only for the organizations you work for');
    return org;
  }

  /**
   * A person a write refers to (a member, a contact) must be one population has registered and
   * that lives within the caller's areas: a person the caller could not read is unknown to them,
   * the same answer as an id nobody has, so nothing is learned about where anyone else lives.
   */
  protected async checkPerson(tx: EntityManager, personId: string, field: string[], v: Validation): Promise<boolean> {
    const known = isUuid(personId) && (await new ReadModelRepository(tx, KNOWN_PERSONS).knownInScope([personId], this.scope)).has(personId);
    return v.check(known, field, 'PERSON_UNKNOWN', `no person ${personId} is registered in your areas`);
  }

  /** A deregistered organization is read-only. */
  protected requireWritable(org: OrganizationRow, field: string[]): void {
    if (org.status === 'DEREGISTERED') refuse(field, 'ORGANIZATION_DEREGISTERED', `${org.name} is deregistered; its record is read-only`);
  }

  /** New work (activities, projects, campaigns, donations) needs an active organization. */
  protected requireActive(org: OrganizationRow, field: string[]): void {
    this.requireWritable(org, field);
    if (org.status === 'SUSPENDED') refuse(field, 'ORGANIZATION_SUSPENDED', `${org.name} is suspended (${org.statusReason ?? 'no reason given'})`);
  }
}

/** The data volunteering and others keep about an organization (see the contract). */
export function organizationData(org: OrganizationRow): OrganizationData {
  return { organizationId: org.id, name: org.name, category: org.category, status: org.status, areaCode: org.areaCode };
}
