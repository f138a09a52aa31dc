import { hasRole, type Role, type Viewer } from '@linli/auth';
import { ForbiddenError } from '@linli/domain';

/**
 * Who may do what in mediation (documented in the service README). Disputes are sensitive:
 * only mediators, community workers and street and district admins see them, within their
 * areas. Grid workers work incidents; councils are kept by community workers and admins.
 * Integrators and ops read Area.mediation statistics only (enforced by guardStatistics).
 */
export const ACCESS = {
  /** Read dispute cases, Person.disputes, committees; open and move cases. */
  disputes: ['MEDIATOR', 'COMMUNITY_WORKER', 'STREET_ADMIN', 'DISTRICT_ADMIN'],
  /** Create committees and add mediators. */
  committees: ['COMMUNITY_WORKER', 'STREET_ADMIN', 'DISTRICT_ADMIN'],
  /** Read and report incidents, handle, follow up and evaluate them. */
  incidents: ['GRID_WORKER', 'MEDIATOR', 'COMMUNITY_WORKER', 'STREET_ADMIN', 'DISTRICT_ADMIN'],
  /** Dispatch incidents to departments. */
  dispatch: ['COMMUNITY_WORKER', 'STREET_ADMIN', 'DISTRICT_ADMIN'],
  /** Change the routing table. */
  routes: ['DISTRICT_ADMIN'],
  /** Read councils, meetings and topics. */
  councilsRead: ['GRID_WORKER', 'MEDIATOR', 'COMMUNITY_WORKER', 'STREET_ADMIN', 'DISTRICT_ADMIN'],
  /** Keep councils: seats, meetings, topics, votes, resolutions. */
  councils: ['COMMUNITY_WORKER', 'STREET_ADMIN', 'DISTRICT_ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ACCESS;

export function may(viewer: Viewer, permission: Permission): boolean {
  return hasRole(viewer, ...ACCESS[permission]);
}

export function demand(viewer: Viewer, permission: Permission, what: string): void {
  if (!may(viewer, permission)) throw new ForbiddenError(`your role may not ${what}`);
}
