import { within, type Params } from '@linli/db';
import type { Reach } from '../domain/access';

/**
 * The volunteers a caller may read, as SQL over the volunteers alias `v`: those within the
 * caller's areas, and for an own-only caller (a volunteer) only their own record.
 */
export function volunteerVisible(alias: string, reach: Reach, p: Params): string {
  const area = within(`${alias}.area_code`, reach.areas, p);
  if (!reach.ownOnly) return area;
  if (!reach.personId) return 'FALSE';
  return `${area} AND ${alias}.person_id = ${p.param(reach.personId)}::uuid`;
}

/** The attendances a caller may read: within their areas, and for a volunteer only their own. */
export function attendanceVisible(alias: string, reach: Reach, p: Params): string {
  const area = within(`${alias}.area_code`, reach.areas, p);
  if (!reach.ownOnly) return area;
  if (!reach.personId) return 'FALSE';
  return `${area} AND ${alias}.volunteer_id IN (SELECT own.id FROM volunteers own WHERE own.person_id = ${p.param(reach.personId)}::uuid)`;
}
