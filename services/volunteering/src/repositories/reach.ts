import { within, type Params } from '@linli/db';
import type { Reach } from '../domain/access';

// An own-only caller whose token names no person reads nothing: FALSE, with no value bound
// (a bound value the statement never uses leaves PostgreSQL unable to type it).

/**
 * The volunteers a caller may read, as SQL over the volunteers alias: those within the
 * caller's areas, and for an own-only caller (a volunteer) only their own record.
 */
export function volunteerVisible(alias: string, reach: Reach, p: Params): string {
  if (reach.ownOnly && !reach.personId) return 'FALSE';
  const area = within(`${alias}.area_code`, reach.areas, p);
  return reach.ownOnly ? `${area} AND ${alias}.person_id = ${p.param(reach.personId)}::uuid` : area;
}

/** The attendances a caller may read: within their areas, and for a volunteer only their own. */
export function attendanceVisible(alias: string, reach: Reach, p: Params): string {
  if (reach.ownOnly && !reach.personId) return 'FALSE';
  const area = within(`${alias}.area_code`, reach.areas, p);
  return reach.ownOnly ? `${area} AND ${alias}.volunteer_id IN (SELECT own.id FROM volunteers own WHERE own.person_id = ${p.param(reach.personId)}::uuid)` : area;
}
