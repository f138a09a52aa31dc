import { hasRole, inScope, type Viewer } from '@linli/auth';
import { ForbiddenError } from '@linli/domain';

/** Staff who run volunteering in their areas: registering volunteers, teams, captains, awards. */
export const STAFF = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'GRID_WORKER'] as const;

/**
 * What of volunteering a caller may read. Everyone is held to their areas. A caller who is
 * only a volunteer (no staff, organisation or mediator role beside VOLUNTEER) reads, of the
 * personal rows, only their own: their volunteer record (by the token's `personId`) and their
 * own attendance. Activities, teams and figures of their areas stay readable (see the README).
 */
export interface Reach {
  areas: readonly string[];
  /** True when only the caller's own volunteer record and attendance are readable. */
  ownOnly: boolean;
  /** The caller's person (the token's `personId`); without it an own-only caller reads no personal row. */
  personId: string | null;
}

export function reachOf(viewer: Viewer): Reach {
  const ownOnly = hasRole(viewer, 'VOLUNTEER') && !hasRole(viewer, ...STAFF, 'ORG_STAFF', 'MEDIATOR');
  return { areas: viewer.areas, ownOnly, personId: viewer.personId ?? null };
}

export function requireStaff(viewer: Viewer, what: string): void {
  if (!hasRole(viewer, ...STAFF)) throw new ForbiddenError(`only community staff may ${what}`);
}

/** An organizer of an activity: staff in its area, or the staff of the organizing organization. */
export function mayOrganize(viewer: Viewer, activity: { areaCode: string; organizationId: string | null }): boolean {
  if (hasRole(viewer, ...STAFF) && inScope(viewer, activity.areaCode)) return true;
  return !!activity.organizationId && hasRole(viewer, 'ORG_STAFF') && viewer.orgs.includes(activity.organizationId) && inScope(viewer, activity.areaCode);
}

export function requireOrganizer(viewer: Viewer, activity: { areaCode: string; organizationId: string | null }, what: string): void {
  if (!mayOrganize(viewer, activity)) throw new ForbiddenError(`only the activity's organizer may ${what}`);
}

/** Who may sign a volunteer up or cancel the sign-up: an organizer, or the volunteer themself. */
export function requireSignUpRight(viewer: Viewer, activity: { areaCode: string; organizationId: string | null }, volunteer: { personId: string }): void {
  if (mayOrganize(viewer, activity)) return;
  if (hasRole(viewer, 'VOLUNTEER') && viewer.personId === volunteer.personId) return;
  throw new ForbiddenError('only the organizer or the volunteer themself may sign up or cancel');
}
