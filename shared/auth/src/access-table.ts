import type { Role, Viewer } from './roles';

/**
 * How far a role's grant of a rule reaches:
 * - `areas`: rows in the caller's `areas` (enforced in SQL by every repository, and checked again
 *   by the kernel on any row that carries an `areaCode`);
 * - `own-person`: only the caller's own person (`personId` claim) and what belongs to it;
 * - `own-organizations`: only the organizations in the caller's `orgs` claim, within their areas;
 * - `statistics`: figures and the area tree only (integrators and ops);
 * - `empty`: answered, with nothing: no rows, an empty list, null (the kernel answers without
 *   asking the service), for roles that have no such rows rather than no right to ask.
 */
export type ScopeKind = 'areas' | 'own-person' | 'own-organizations' | 'statistics' | 'empty';

/** One named rule: which roles it grants, each at which scope. A role not listed is refused. */
export type AccessRule = Readonly<Partial<Record<Role, ScopeKind>>>;

const STAFF = { DISTRICT_ADMIN: 'areas', STREET_ADMIN: 'areas', COMMUNITY_WORKER: 'areas' } as const;
const FIELD_STAFF = { ...STAFF, GRID_WORKER: 'areas' } as const;
const EVERY_ROW_ROLE = { ...FIELD_STAFF, MEDIATOR: 'areas', ORG_STAFF: 'areas', VOLUNTEER: 'areas' } as const;
const STATISTICS = { INTEGRATOR: 'statistics', OPS: 'statistics' } as const;

/**
 * The role table of docs/access.md as data. Every Query and Mutation field and every field of
 * every entity type of every subgraph names one of these rules (shared/auth/src/access/*.ts);
 * the subgraph kit enforces them when it builds the schema and refuses to start when a field
 * names none. Change a cell here and in docs/access.md together: the role matrix test
 * (gateway/test/role-matrix.e2e.test.ts) checks every cell through the gateway.
 */
export const ACCESS_RULES = {
  // --- the area tree and figures: every role; integrators and ops read nothing else
  'area.read': { ...EVERY_ROW_ROLE, ...STATISTICS },
  /** Figures of an area: staff and organization staff, integrators and ops; not volunteers. */
  'statistics.read': { ...FIELD_STAFF, MEDIATOR: 'areas', ORG_STAFF: 'areas', ...STATISTICS },
  'area.write': { DISTRICT_ADMIN: 'areas' },

  // --- population
  'person.read': { ...FIELD_STAFF, MEDIATOR: 'areas', ORG_STAFF: 'areas', VOLUNTEER: 'own-person' },
  /** Key groups, visits, overdue visits, expiring permits and the visit rules: the staff who do care work, and a volunteer about themself. */
  'person.care.read': { ...FIELD_STAFF, VOLUNTEER: 'own-person' },
  /** Residence points: staff, and a volunteer's own account. */
  'person.points.read': { ...FIELD_STAFF, VOLUNTEER: 'own-person' },
  'person.write': { ...FIELD_STAFF },
  /** Residence permits and key groups: community staff (not grid workers). */
  'person.care.write': { ...STAFF },
  /** Moving a person registered elsewhere in the district into the caller's areas. */
  'person.transfer': { ...STAFF },
  'visit.write': { ...FIELD_STAFF },
  'visit-rules.write': { DISTRICT_ADMIN: 'areas' },
  'personal-data.reveal': { ...STAFF },
  'audit.read': { DISTRICT_ADMIN: 'areas' },

  // --- housing: the place registry and safety work
  /** Mediators, organization staff and volunteers have no housing rows: asked, they get none. */
  'place.read': { ...FIELD_STAFF, MEDIATOR: 'empty', ORG_STAFF: 'empty', VOLUNTEER: 'empty' },
  'place.write': { ...FIELD_STAFF },
  'estate.rate': { DISTRICT_ADMIN: 'areas', STREET_ADMIN: 'areas' },
  'checklist.write': { DISTRICT_ADMIN: 'areas' },

  // --- organizations
  /** Name, kind, category, area and status of a registered organization: public record, every row role. */
  'organization.profile.read': { ...EVERY_ROW_ROLE },
  'organization.read': { ...STAFF, ORG_STAFF: 'areas' },
  /** Who belongs to an organization: community staff, and the staff of that organization. */
  'organization.members.read': { ...STAFF, ORG_STAFF: 'own-organizations' },
  'organization.registry.write': { ...STAFF },
  'organization.work.write': { ...STAFF, ORG_STAFF: 'own-organizations' },

  // --- mediation
  'case.read': { ...STAFF, MEDIATOR: 'areas' },
  'case.write': { ...STAFF, MEDIATOR: 'areas' },
  'committee.write': { ...STAFF },
  'incident.read': { ...FIELD_STAFF, MEDIATOR: 'areas' },
  'incident.write': { ...FIELD_STAFF, MEDIATOR: 'areas' },
  'incident.dispatch': { ...STAFF },
  'incident-routes.write': { DISTRICT_ADMIN: 'areas' },
  'council.read': { ...FIELD_STAFF, MEDIATOR: 'areas' },
  'council.write': { ...STAFF },

  // --- volunteering
  /** Volunteer profiles, their hours and awards: staff and organization staff; a volunteer reads their own. */
  'volunteer.read': { ...FIELD_STAFF, ORG_STAFF: 'areas', VOLUNTEER: 'own-person' },
  /** Building captains: staff and organization staff. */
  'volunteer.list.read': { ...FIELD_STAFF, ORG_STAFF: 'areas' },
  /** Teams of the areas; their leaders and members are volunteers, each read under volunteer.read. */
  'team.read': { ...FIELD_STAFF, ORG_STAFF: 'areas', VOLUNTEER: 'areas' },
  'activity.read': { ...FIELD_STAFF, ORG_STAFF: 'areas', VOLUNTEER: 'areas' },
  /** Sign-ups and attendance: organisers; a volunteer reads their own. */
  'attendance.read': { ...FIELD_STAFF, ORG_STAFF: 'areas', VOLUNTEER: 'own-person' },
  'volunteering.write': { ...FIELD_STAFF },
  'activity.write': { ...FIELD_STAFF, ORG_STAFF: 'own-organizations' },
  'sign-up.write': { ...FIELD_STAFF, ORG_STAFF: 'own-organizations', VOLUNTEER: 'own-person' },
} as const satisfies Record<string, AccessRule>;

export type RuleName = keyof typeof ACCESS_RULES;

export function isRuleName(value: string): value is RuleName {
  return Object.prototype.hasOwnProperty.call(ACCESS_RULES, value);
}

/** Reads the owner of a row for `own-person` / `own-organizations` grants (e.g. a volunteer's personId). */
export interface RowOwners {
  person?: (source: any, context: any) => string | null | undefined | Promise<string | null | undefined>;
  organization?: (source: any, context: any) => string | null | undefined | Promise<string | null | undefined>;
}

/**
 * What a service declares: the rule of each schema coordinate (`Type.field`, or `Type` for all
 * its fields; a `Type.field` entry wins), and how to find the owner of its row types.
 */
export interface ServiceAccess {
  rules: Readonly<Record<string, RuleName>>;
  owners?: Readonly<Record<string, RowOwners>>;
}

/** The scopes at which a caller holds a rule (one per matching role); empty when refused. */
export function grantsOf(viewer: Pick<Viewer, 'roles'>, rule: RuleName): Set<ScopeKind> {
  const table: AccessRule = ACCESS_RULES[rule];
  const grants = new Set<ScopeKind>();
  for (const role of viewer.roles) {
    const scope = table[role];
    if (scope) grants.add(scope);
  }
  return grants;
}

/** True when the rule grants the role anything at all. */
export function ruleAllows(rule: RuleName, role: Role): boolean {
  const table: AccessRule = ACCESS_RULES[rule];
  return !!table[role];
}
