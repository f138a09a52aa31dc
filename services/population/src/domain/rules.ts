import { addDays } from '@linli/domain';
import type { Role, Viewer } from '@linli/auth';
import { hasRole, sensitiveCount } from '@linli/auth';

/** Points for continuous residence: one per full month, from the day the person settled. */
export const RESIDENCE_POINTS_PER_MONTH = 1;
/** Points for approved volunteer service: one per full half hour. */
export const VOLUNTEER_MINUTES_PER_POINT = 30;
/** Counts about sensitive groups below this are withheld from statistics-only callers. */

/**
 * Roles that may reveal a full ID number or phone (with a reason, audited): those who serve
 * residents in person and their supervisors. Grid workers, mediators, organisation staff and
 * volunteers work with masked values; integrators and ops never see personal data.
 */
export const REVEAL_ROLES: readonly Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER'];
/** Roles that may read the audit of reveals. */
export const AUDIT_ROLES: readonly Role[] = ['DISTRICT_ADMIN'];
/** Roles that may change the 3456 rule table. */
export const VISIT_RULE_ROLES: readonly Role[] = ['DISTRICT_ADMIN'];

/** The role under which a reveal is made (the first allowed one the caller holds), or null. */
export function revealRole(viewer: Viewer): Role | null {
  return REVEAL_ROLES.find((role) => hasRole(viewer, role)) ?? null;
}

/** Full months from `since` to `asOf` (a month is complete on the same day of a later month). */
export function fullMonthsBetween(since: string, asOf: string): number {
  if (asOf < since) return 0;
  const [y1, m1, d1] = since.split('-').map(Number);
  const [y2, m2, d2] = asOf.split('-').map(Number);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) months -= 1;
  return Math.max(0, months);
}

export function pointsForMinutes(minutes: number): number {
  return Math.floor(Math.max(0, minutes) / VOLUNTEER_MINUTES_PER_POINT);
}

/** Whole years of age on a day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * An age range as birth-date bounds on a day: at least minAge means born on or before the day
 * minAge years ago; at most maxAge means born after the day maxAge + 1 years ago.
 */
export function birthBounds(day: string, minAge?: number | null, maxAge?: number | null): { bornOnOrBefore: string | null; bornAfter: string | null } {
  const yearsBefore = (years: number) => {
    const [y, m, d] = day.split('-').map(Number);
    // 29 February becomes 28 February in a year without it
    const date = new Date(Date.UTC(y - years, m - 1, 1));
    const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
    date.setUTCDate(Math.min(d, last));
    return date.toISOString().slice(0, 10);
  };
  return {
    bornOnOrBefore: minAge === null || minAge === undefined ? null : yearsBefore(minAge),
    bornAfter: maxAge === null || maxAge === undefined ? null : yearsBefore(maxAge + 1),
  };
}

/** A count about a sensitive group as the caller may receive it (the kernel's rule: suppressed below 5, rounded to 5, for statistics-only callers). */
export function suppressible(count: number, viewer: Viewer): { value: number | null; suppressed: boolean } {
  return sensitiveCount(viewer, count);
}

/** The next due day under an interval, counted from the last visit or else from moving in. */
export function nextVisitDue(lastVisit: string | null, livingSince: string | null, intervalDays: number): string | null {
  if (!livingSince) return null;
  return addDays(lastVisit ?? livingSince, intervalDays);
}
