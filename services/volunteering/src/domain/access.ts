import { hasRole, inScope, type Viewer } from '@linli/auth';
import { ForbiddenError } from '@linli/domain';

/** Staff who run volunteering in their areas: registering volunteers, teams, captains, awards. */
export const STAFF = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'GRID_WORKER'] as const;

export function requireStaff(viewer: Viewer, what: string): void {
  if (!hasRole(viewer, ...STAFF)) throw new ForbiddenError(`only community staff may ${what}`);
}

/** An organiser of an activity: staff in its area, or the staff of the organising organisation. */
export function mayOrganise(viewer: Viewer, activity: { areaCode: string; organizationId: string | null }): boolean {
  if (hasRole(viewer, ...STAFF) && inScope(viewer, activity.areaCode)) return true;
  return !!activity.organizationId && hasRole(viewer, 'ORG_STAFF') && viewer.orgs.includes(activity.organizationId) && inScope(viewer, activity.areaCode);
}

export function requireOrganiser(viewer: Viewer, activity: { areaCode: string; organizationId: string | null }, what: string): void {
  if (!mayOrganise(viewer, activity)) throw new ForbiddenError(`only the activity's organiser may ${what}`);
}

/** Who may sign a volunteer up or cancel the sign-up: an organiser, or the volunteer themself. */
export function requireSignUpRight(viewer: Viewer, activity: { areaCode: string; organizationId: string | null }, volunteer: { personId: string }): void {
  if (mayOrganise(viewer, activity)) return;
  if (hasRole(viewer, 'VOLUNTEER') && viewer.personId === volunteer.personId) return;
  throw new ForbiddenError('only the organiser or the volunteer themself may sign up or cancel');
}
