import { hasRole, inScope, type Role, type Viewer } from '@linli/auth';
import { ForbiddenError } from '@linli/domain';

/** Roles that keep the place registry and do the safety work, each within its areas. */
export const PLACE_KEEPERS: Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'GRID_WORKER'];
/** Roles that rate estates (the street and the district run the star rating). */
export const ESTATE_RATERS: Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN'];
/**
 * Roles that read housing's rows (buildings, houses, estates, inspections, hazards, landlords).
 * The access table gives volunteers their own record only, organization staff persons and
 * organizations, mediators cases and incidents: none of them reads housing's rows.
 */
export const HOUSING_READERS: Role[] = PLACE_KEEPERS;
export function requireRole(viewer: Viewer, roles: Role[], doing: string): void {
  if (!hasRole(viewer, ...roles)) throw new ForbiddenError(`only ${roles.join(', ').toLowerCase().replace(/_/g, ' ')} may ${doing}`);
}

/** The caller's areas for housing's rows: none for a role that may not read them. */
export function rowScope(viewer: Viewer): string[] {
  return hasRole(viewer, ...HOUSING_READERS) ? viewer.areas : [];
}

/**
 * The caller's areas for housing figures. The role table (statistics.read) lets every role read
 * figures within its areas, volunteers and organization staff too: figures carry no row.
 */
export function figuresScope(viewer: Viewer): string[] {
  return viewer.areas;
}

/**
 * Whether the caller sees an estate of this community (as estateScope in SQL): the community
 * lies within their areas, or holds one of them (a grid worker places buildings in its estates).
 */
export function visibleEstate(viewer: Viewer, communityCode: string): boolean {
  return inScope(viewer, communityCode) || viewer.areas.some((area) => area.startsWith(communityCode));
}
