import { hasRole, type Role, type Viewer } from '@linli/auth';
import { ForbiddenError } from '@linli/domain';

/** Roles that keep the place registry and do the safety work, each within its areas. */
export const PLACE_KEEPERS: Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'GRID_WORKER'];
/** Roles that rate estates (the street and the district run the star rating). */
export const ESTATE_RATERS: Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN'];

export function requireRole(viewer: Viewer, roles: Role[], doing: string): void {
  if (!hasRole(viewer, ...roles)) throw new ForbiddenError(`only ${roles.join(', ').toLowerCase().replace(/_/g, ' ')} may ${doing}`);
}
