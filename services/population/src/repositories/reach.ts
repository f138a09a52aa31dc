import { within, type Params } from '@linli/db';

/**
 * Which of population's rows a caller may read: those of persons within their areas and, for
 * a caller whose only row-level role is VOLUNTEER, their own person's rows and no other. Every
 * repository read takes it, so no path (a list, a nested hop, `_entities`) forgets a half.
 */
export interface Reach {
  /** The caller's area codes; everything beneath each is within. Empty: nothing. */
  areas: readonly string[];
  /** When set, only this person's records are readable. */
  person?: string;
}

/** A reach over areas alone (what a writer acts in; writers are never limited to one person). */
export const areasOnly = (areas: readonly string[]): Reach => ({ areas });

/**
 * The reach as SQL over a row's person area and person id columns, with bound values:
 * `area LIKE $n [AND person = $m]`.
 */
export function inReach(reach: Reach, p: Params, columns: { area: string; person: string }): string {
  const area = within(columns.area, reach.areas, p);
  return reach.person === undefined ? area : `${area} AND ${columns.person} = ${p.param(reach.person)}::uuid`;
}
