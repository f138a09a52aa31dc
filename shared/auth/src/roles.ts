/** The roles a caller's token may carry; what each may do is written down in docs/access.md. */
export const ROLES = [
  'DISTRICT_ADMIN',
  'STREET_ADMIN',
  'COMMUNITY_WORKER',
  'GRID_WORKER',
  'MEDIATOR',
  'ORG_STAFF',
  'VOLUNTEER',
  'INTEGRATOR',
  'OPS',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking. Built by the gateway from the caller's token, carried to subgraphs in the internal token. */
export interface Viewer {
  /** Subject: the caller's user id (for a volunteer or staff member, their person id when known). */
  id: string;
  name: string;
  roles: Role[];
  /** Area codes the caller may act in; everything beneath each code is in scope. */
  areas: string[];
  /** Organisation ids an ORG_STAFF caller works for. */
  orgs: string[];
  /** The person id behind the caller (a volunteer's own record), when known. */
  personId?: string;
  /** The request id the gateway minted for this request (never the caller's own). */
  requestId: string;
  /** The id the caller sent in x-request-id, sanitised (printable ASCII, at most 64 characters); for correlation only. */
  clientRequestId?: string;
}

/** A caller's own request id, kept only when it is printable ASCII of at most 64 characters. */
export function sanitizeClientRequestId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^[\x21-\x7e]{1,64}$/.test(value) ? value : undefined;
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.roles.some((role) => roles.includes(role));
}

/** True when the caller holds no role that may read row-level data. */
export function isStatisticsOnly(viewer: Viewer): boolean {
  return viewer.roles.length > 0 && viewer.roles.every((role) => role === 'INTEGRATOR' || role === 'OPS');
}

/** True when an area code lies within one of the caller's areas (prefix match, as in SQL). */
export function inScope(viewer: Pick<Viewer, 'areas'>, areaCode: string | null | undefined): boolean {
  if (!areaCode) return false;
  return viewer.areas.some((area) => areaCode.startsWith(area));
}

/** The caller's areas with any area already covered by another removed (440118 covers 440118001). */
export function normalizeAreas(areas: string[]): string[] {
  const unique = [...new Set(areas)].sort((a, b) => a.length - b.length);
  return unique.filter((area, i) => !unique.slice(0, i).some((outer) => area.startsWith(outer)));
}
