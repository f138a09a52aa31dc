import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLOutputType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ACCESS_RULES, grantsOf, inScope, isRuleName, isStatisticsOnly, type RuleName, type ScopeKind, type ServiceAccess, type Viewer } from '@linli/auth';
import { forbidden } from './guard';

/** Federation plumbing and shared shapes every authenticated caller may read; what they carry is guarded on its own. */
const PLUMBING_FIELDS = new Set(['Query._service', 'Query._entities']);
const PLUMBING_TYPES = new Set(['_Service', 'PageInfo', 'UserError']);

/** Raised at startup when the schema and the service's access map disagree. */
export class AccessMapError extends Error {}

function entityTypes(schema: GraphQLSchema): Set<string> {
  const entity = schema.getType('_Entity');
  return new Set(entity && isUnionType(entity) ? entity.getTypes().map((t) => t.name) : []);
}

/** The rule a coordinate names: `Type.field` first, then `Type`. */
function ruleOf(access: ServiceAccess, type: string, field: string): RuleName | undefined {
  return access.rules[`${type}.${field}`] ?? access.rules[type];
}

/**
 * Checks a service's access map against its schema: every Query and Mutation field and every
 * field of every entity type must name a rule, and every entry must name a real coordinate
 * and a real rule. Returns the problems (empty when the map is complete).
 */
export function accessMapProblems(schema: GraphQLSchema, access: ServiceAccess): string[] {
  const problems: string[] = [];
  const entities = entityTypes(schema);
  for (const [coordinate, rule] of Object.entries(access.rules)) {
    if (!isRuleName(rule)) problems.push(`${coordinate} names an unknown rule "${rule}"`);
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) problems.push(`${coordinate} names no object type of this schema`);
    else if (fieldName && !type.getFields()[fieldName]) problems.push(`${coordinate} names no field of this schema`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const root = type.name === 'Query' || type.name === 'Mutation';
    if (!root && !entities.has(type.name)) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      if (PLUMBING_FIELDS.has(coordinate)) continue;
      if (!ruleOf(access, type.name, field)) problems.push(`${coordinate} names no access rule`);
    }
  }
  return problems;
}

/**
 * Types a statistics-only caller may reach: the return types of every field whose rule grants
 * integrators or ops, followed through the value types beneath them (connections, edges,
 * figures) but not into other entity types, which carry their own rules.
 */
function statisticsTypes(schema: GraphQLSchema, access: ServiceAccess, entities: Set<string>): Set<string> {
  const reachable = new Set<string>(PLUMBING_TYPES);
  const visit = (type: GraphQLNamedType) => {
    if (reachable.has(type.name) || entities.has(type.name)) return;
    reachable.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(access, type.name, field.name);
      if (rule && grantsOf({ roles: ['INTEGRATOR'] }, rule).size + grantsOf({ roles: ['OPS'] }, rule).size > 0) visit(getNamedType(field.type));
    }
  }
  return reachable;
}

type Context = { viewer?: Viewer };

/**
 * The answer of an `empty` grant: an empty list, a connection without rows, null. A non-null
 * object or scalar has no empty value: it answers FORBIDDEN instead (undefined here).
 */
function emptyValue(type: GraphQLOutputType): { value: unknown } | undefined {
  if (!isNonNullType(type)) return { value: null };
  const inner = getNullableType(type);
  if (isListType(inner)) return { value: [] };
  if (isObjectType(inner) && inner.getFields().edges && inner.getFields().totalCount)
    return { value: { totalCount: 0, edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } } };
  return undefined;
}

/**
 * Makes the role table hold in this subgraph: every field that names a rule (all Query and
 * Mutation fields, every field of every entity type, so `_entities` and nested hops alike)
 * answers FORBIDDEN, with the rule in `extensions.rule`, to a caller whose roles the rule does
 * not grant. Beyond the roles, the kernel checks the scope on the row itself as a second line
 * behind the repositories' SQL:
 * - an `areas` grant refuses a row whose `areaCode` lies outside the caller's areas;
 * - an `own-person` grant refuses a row whose owner (the service's `owners` map) is not the
 *   caller's `personId`, and refuses row types without a known owner;
 * - an `own-organizations` grant refuses a row of an organization not in the caller's `orgs`,
 *   and a mutation whose `input.organizationId` names one.
 * A statistics-only caller (integrators, ops) is refused every field of every type not
 * reachable from a field the table grants them. Throws AccessMapError when the map is incomplete.
 */
export function guardAccess(schema: GraphQLSchema, service: string, access: ServiceAccess): void {
  const problems = accessMapProblems(schema, access);
  if (problems.length) throw new AccessMapError(`${service}: the access map does not match the schema:\n  ${problems.join('\n  ')}`);
  const entities = entityTypes(schema);
  const statistics = statisticsTypes(schema, access, entities);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (PLUMBING_FIELDS.has(coordinate) || PLUMBING_TYPES.has(type.name)) continue;
      const rule = ruleOf(access, type.name, field.name);
      if (rule) guardField(type, field, rule, access);
      else if (!statistics.has(type.name)) guardStatisticsOnly(field, coordinate);
    }
  }
}

/** The roles a rule grants, for a refusal's message. */
function refusedList(rule: RuleName): string {
  const table: Partial<Record<string, ScopeKind>> = ACCESS_RULES[rule];
  return Object.keys(table)
    .filter((role) => table[role] !== 'empty')
    .join(', ')
    .toLowerCase()
    .replace(/_/g, ' ');
}

function guardStatisticsOnly(field: GraphQLField<unknown, Context>, coordinate: string): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    if (!context.viewer || isStatisticsOnly(context.viewer)) throw forbidden(`${coordinate} is not statistics; your role may read statistics only`);
    return resolve(source, args, context, info);
  };
}

function guardField(type: GraphQLObjectType, field: GraphQLField<unknown, Context>, rule: RuleName, access: ServiceAccess): void {
  const coordinate = `${type.name}.${field.name}`;
  const resolve = field.resolve ?? defaultFieldResolver;
  const root = type.name === 'Query' || type.name === 'Mutation';
  const owners = access.owners?.[type.name];
  const refuse = (why: string) => forbidden(`${coordinate}: ${why}`, rule);
  field.resolve = (source, args, context, info) => {
    const viewer = context.viewer;
    if (!viewer) throw refuse('no caller');
    const grants = grantsOf(viewer, rule);
    if (grants.size === 1 && grants.has('empty')) {
      const empty = emptyValue(field.type);
      if (empty) return empty.value;
      grants.delete('empty');
    }
    grants.delete('empty');
    if (!grants.size) throw refuse(`your role may not (rule ${rule}: ${refusedList(rule)})`);
    const wide = grants.has('areas') || grants.has('statistics');
    if (root) {
      if (!wide && grants.has('own-organizations') && !grants.has('own-person')) {
        const organizationId = (args as { input?: { organizationId?: unknown } }).input?.organizationId;
        if (typeof organizationId === 'string' && !viewer.orgs.includes(organizationId)) throw refuse('you may act only for the organizations you work for');
      }
      return resolve(source, args, context, info);
    }
    const row = source as { areaCode?: unknown } | null | undefined;
    const areaCode = typeof row?.areaCode === 'string' ? row.areaCode : undefined;
    if (grants.has('statistics')) return resolve(source, args, context, info);
    if (grants.has('areas') && (areaCode === undefined || inScope(viewer, areaCode))) return resolve(source, args, context, info);
    // the row is outside the caller's areas, or the caller holds only an own-… grant: the owner decides
    const ownerChecks: Promise<boolean>[] = [];
    if (grants.has('own-person') && owners?.person && viewer.personId) {
      const personId = viewer.personId;
      ownerChecks.push(Promise.resolve(owners.person(source, context)).then((owner) => owner === personId));
    }
    if (grants.has('own-organizations') && owners?.organization && (areaCode === undefined || inScope(viewer, areaCode)))
      ownerChecks.push(Promise.resolve(owners.organization(source, context)).then((owner) => !!owner && viewer.orgs.includes(owner)));
    if (!ownerChecks.length) throw refuse(wide ? 'outside your areas' : 'not yours');
    return Promise.all(ownerChecks).then((results) => {
      if (!results.some(Boolean)) throw refuse(wide ? 'outside your areas' : 'not yours');
      return resolve(source, args, context, info);
    });
  };
}
