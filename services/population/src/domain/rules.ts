import { addDays } from '@linli/domain';
import type { Role, Viewer } from '@linli/auth';
import { hasRole, maskIdNumber, sensitiveCount } from '@linli/auth';
import type { Reach } from '../repositories/reach';

/** Points for continuous residence: one per full month, from the day the person settled. */
export const RESIDENCE_POINTS_PER_MONTH = 1;
/** Points for approved volunteer service: one per full half hour. */
export const VOLUNTEER_MINUTES_PER_POINT = 30;
/**
 * Roles that may reveal a full ID number or phone (with a reason, audited): those who serve
 * residents in person and their supervisors. Grid workers, mediators, organization staff and
 * volunteers work with masked values; integrators and ops never see personal data.
 */
export const REVEAL_ROLES: readonly Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER'];
/**
 * Roles that may move a person registered elsewhere into their areas (transferPerson): those
 * who may reveal, acting in the destination, since a transfer is made with the person's ID
 * card in hand. A grid worker asks their community.
 */
export const TRANSFER_ROLES: readonly Role[] = REVEAL_ROLES;
/**
 * Roles that care for residents (visits, key groups, permits) and so read key-group
 * memberships, the visit schedule and the worklists. Mediators and organization staff read
 * persons (masked) but not who is in a key group: with the address they may see, that would
 * single out e.g. a person under community correction at their door.
 */
export const CARE_ROLES: readonly Role[] = ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'GRID_WORKER'];
/** Roles that may read the audit of reveals. */
export const AUDIT_ROLES: readonly Role[] = ['DISTRICT_ADMIN'];
/** Roles that may change the 3456 rule table. */
export const VISIT_RULE_ROLES: readonly Role[] = ['DISTRICT_ADMIN'];

/** The id that matches no person: a volunteer without a personId claim reads nobody. */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * What the caller may read: their areas and, when their only row-level role is VOLUNTEER,
 * only their own person's records (the personId claim). Statistics-only roles do not count
 * as row roles (they read no rows anyway).
 */
export function reachOf(viewer: Viewer): Reach {
  const rowRoles = viewer.roles.filter((role) => role !== 'INTEGRATOR' && role !== 'OPS');
  const ownRecordOnly = rowRoles.length > 0 && rowRoles.every((role) => role === 'VOLUNTEER');
  return ownRecordOnly ? { areas: viewer.areas, person: viewer.personId ?? NOBODY } : { areas: viewer.areas };
}

/** Whether the caller may read key groups, visit schedules and worklists: a care role, or a volunteer about themselves. */
export function mayReadCare(viewer: Viewer): boolean {
  return hasRole(viewer, ...CARE_ROLES) || reachOf(viewer).person !== undefined;
}

/** Whether the caller may see personal data in full (the full birth date; ID numbers only through a reveal). */
export function mayReveal(viewer: Viewer): boolean {
  return revealRole(viewer) !== null;
}

/**
 * The visible characters of a text: without whitespace, control and format characters (zero-width
 * spaces and joiners, byte-order marks, direction marks), which a reader of the audit cannot see.
 */
export function visibleLength(text: string): number {
  return [...text.replace(/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u3164\u115F\u1160\uFFA0]/gu, '')].length;
}

/** A reveal reason needs at least this many visible characters (e.g. 核实身份). */
export const REASON_MIN_VISIBLE = 4;

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

/**
 * A residence permit number (居住证号): the issuing city’s 2 to 4 letters and 8 to 14 digits
 * (e.g. GZ4401180001): too few digits to hold an ID number (18, or 15 on a first-generation card).
 */
export const PERMIT_NUMBER = /^[A-Z]{2,4}\d{8,14}$/;

/** The shape of a mainland ID card number (17 digits and a check character), whatever type it is filed under. */
export const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;

/** A document or permit number as compared and indexed: without spaces or hyphens, upper case. */
export function normalizeNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * A document number as shown. An ID card number (whatever type it was filed under): its first
 * 6 and last 4 characters, which hide exactly the 8 birth-date digits. Any other number (a
 * passport's, 5 to 20 characters): its first 2 and last 2, so at most 4 characters show.
 */
export function maskDocumentNumber(value: string): string {
  if (ID_NUMBER_SHAPE.test(value)) return maskIdNumber(value);
  if (value.length <= 6) return '*'.repeat(value.length);
  return value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2);
}

/** A permit number as shown: its first 2 and last 4 characters. */
export function maskPermitNumber(value: string): string {
  if (value.length <= 6) return '*'.repeat(value.length);
  return value.slice(0, 2) + '*'.repeat(value.length - 6) + value.slice(-4);
}
