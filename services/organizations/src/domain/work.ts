import { hasRole, type Viewer } from '@linli/auth';
import type { OrganizationData } from '@linli/contracts';
import { pgCode, pgConstraint, PG_UNIQUE_VIOLATION, type DataSource, type EntityManager } from '@linli/db';
import { ForbiddenError, refuse, UserErrorsException, type UserError } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { OrganizationRepository, type OrganizationRow } from '../repositories/organization-repository';
import { isUuid, keepsRegistry, mayActFor } from './rules';

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

  /** Refuses callers who can record no organisation's work at all, before anything is looked up. */
  protected requireWorker(): void {
    if (!keepsRegistry(this.viewer) && !hasRole(this.viewer, 'ORG_STAFF')) throw new ForbiddenError('your role may not record an organisation’s work');
  }

  /**
   * The organisation an action is about, locked for the transaction: unknown or outside the
   * caller's areas is the same answer; an organisation's staff act only for their own.
   */
  protected async organizationFor(tx: EntityManager, id: string, field: string[]): Promise<OrganizationRow> {
    const org = isUuid(id) ? await new OrganizationRepository(tx).lock(id, this.scope) : null;
    if (!org) refuse(field, 'ORGANIZATION_UNKNOWN', `no organisation ${id} in your areas`);
    if (!mayActFor(this.viewer, org.id)) throw new ForbiddenError('you may act only for the organisations you work for');
    return org;
  }

  /** A deregistered organisation is read-only. */
  protected requireWritable(org: OrganizationRow, field: string[]): void {
    if (org.status === 'DEREGISTERED') refuse(field, 'ORGANIZATION_DEREGISTERED', `${org.name} is deregistered; its record is read-only`);
  }

  /** New work (activities, projects, campaigns, donations) needs an active organisation. */
  protected requireActive(org: OrganizationRow, field: string[]): void {
    this.requireWritable(org, field);
    if (org.status === 'SUSPENDED') refuse(field, 'ORGANIZATION_SUSPENDED', `${org.name} is suspended (${org.statusReason ?? 'no reason given'})`);
  }

  /**
   * Runs a change in a transaction, turning the unique indexes that back a rule into the
   * user error the rule would give, for the request that lost a race with another.
   */
  protected async transaction<T>(fn: (tx: EntityManager) => Promise<T>, conflicts: Record<string, UserError> = {}): Promise<T> {
    try {
      return await this.dataSource.transaction(fn);
    } catch (error) {
      const constraint = pgConstraint(error);
      if (pgCode(error) === PG_UNIQUE_VIOLATION && constraint && conflicts[constraint]) throw new UserErrorsException([conflicts[constraint]]);
      throw error;
    }
  }
}

/** The data volunteering and others keep about an organisation (see the contract). */
export function organizationData(org: OrganizationRow): OrganizationData {
  return { organizationId: org.id, name: org.name, category: org.category, status: org.status, areaCode: org.areaCode };
}
