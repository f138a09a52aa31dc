import { randomUUID } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import request from 'supertest';
import { ACCESS_RULES, ROLES, signInternalToken, type Role, type RuleName, type ScopeKind, type Viewer } from '@linli/auth';
import { DEV_INTERNAL_SECRET } from '@linli/config';
import { demoDistrict, FENGXINYUAN } from '@linli/demo';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import type { ServiceModule } from '@linli/subgraph';
import { TestFederation, tokenFor, type GraphQLResult } from '@linli/infra/testing';
import { volunteering } from '@linli/volunteering';
import { documentedFields, documentedRules } from './documented-access';

/**
 * The role table, cell by cell, through the gateway: every role × every Query and Mutation
 * field of the five services × a caller whose areas hold the demo data (in scope) and one whose
 * areas do not (out of scope). The expectation of every cell is computed from ACCESS_RULES and
 * the services' access maps, never written by hand: a role the rule does not grant gets
 * FORBIDDEN naming the rule; a granted role gets rows (where an admin of the area sees rows) or
 * the object asked for in scope, and null or no rows of the area out of scope.
 */

const IN = FENGXINYUAN;
const OTHER = '440118002001';
const BATCH = 25;
const modules: ServiceModule<any>[] = [population, housing, organizations, mediation, volunteering];

type Shape = 'connection' | 'object' | 'list' | 'scalar';
interface FieldSpec {
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  rule: string;
  shape: Shape;
  /** The object a by-id field returns, or the node of a connection. */
  typeName: string;
  selection: string;
  byId: boolean;
  areaArgs: boolean;
}

/** The expectations come from docs/access.md itself: its rules table and its field → rule table. */
const RULES = documentedRules();
const FIELDS = documentedFields();

function ruleOf(type: string, field: string): string {
  const rule = FIELDS[`${type}.${field}`];
  if (!rule || !RULES[rule]) throw new Error(`docs/access.md names no rule for ${type}.${field}`);
  return rule;
}

function grantsOf(role: Role, rule: string): Set<ScopeKind> {
  const scope = RULES[rule][role];
  return new Set(scope ? [scope] : []);
}

function idSelection(type: GraphQLObjectType): string {
  const fields = type.getFields();
  return fields.id ? 'id' : fields.code ? 'code' : '__typename';
}

function specsOf(module: ServiceModule<any>): FieldSpec[] {
  const schema = buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers as GraphQLResolverMap<unknown> });
  const specs: FieldSpec[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (field.name.startsWith('_')) continue;
      const named = getNamedType(field.type);
      let shape: Shape = 'scalar';
      let typeName = named.name;
      let selection = '';
      if (isObjectType(named)) {
        const fields = named.getFields();
        if (operation === 'mutation') {
          shape = 'object';
          selection = '{ __typename }';
        } else if (fields.edges && fields.totalCount) {
          shape = 'connection';
          const edge = getNamedType(fields.edges.type) as GraphQLObjectType;
          const node = getNamedType(edge.getFields().node.type) as GraphQLObjectType;
          typeName = node.name;
          // a row that belongs to a person names them: the owner an own-person grant is checked against
          const owner = node.getFields().person && isObjectType(getNamedType(node.getFields().person.type)) ? ' person { id }' : '';
          selection = `{ totalCount edges { node { ${idSelection(node)}${owner} } } }`;
        } else if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) {
          shape = 'list';
          selection = '{ __typename }';
        } else {
          shape = 'object';
          selection = `{ ${idSelection(named)} }`;
        }
      }
      const argNames = field.args.map((a) => a.name);
      specs.push({
        operation,
        name: field.name,
        field,
        rule: ruleOf(root.name, field.name),
        shape,
        typeName,
        selection,
        byId: operation === 'query' && (argNames.includes('id') || argNames.includes('code')) && shape === 'object',
        areaArgs: argNames.some((n) => n === 'areaCode' || n === 'within') || field.args.some((a) => a.name === 'filter' && isInputObjectType(getNamedType(a.type)) && !!(getNamedType(a.type) as any).getFields().areaCode),
      });
    }
  }
  return specs;
}

/** A GraphQL literal of a value of the given input type. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (value === null || value === undefined) return 'null';
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(', ')} }`;
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

interface Fixtures {
  ids: Map<string, string>;
  ownPersonId: string;
  ownVolunteerId: string;
  organizationId: string;
}

/** A value for a required input: area codes of the area in scope, the caller's organization, otherwise well-formed unknowns. */
function sample(type: GraphQLInputType, name: string, fixtures: Fixtures): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, fixtures);
  if (isListType(type)) return [sample(type.ofType, name, fixtures)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    const fields = Object.values(type.getFields());
    const oneOf = (type as { isOneOf?: boolean }).isOneOf;
    for (const field of oneOf ? fields.slice(0, 1) : fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined))
      out[field.name] = sample(field.type, field.name, fixtures);
    return out;
  }
  if (name === 'organizationId') return fixtures.organizationId;
  if (/areaCode$|gridCode$|communityCode$|^code$|^parentCode$/.test(name)) return IN;
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
    case 'Fen':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-01-01';
    case 'DateTime':
      return '2026-01-01T08:00:00.000Z';
    default:
      return '测试';
  }
}

/** The arguments of a cell: the fixture for a by-id field, the area in scope for area arguments, samples for the rest. */
function argsOf(spec: FieldSpec, fixtures: Fixtures, id?: string): string {
  const parts: string[] = [];
  for (const arg of spec.field.args) {
    let value: unknown;
    if (arg.name === 'id' && spec.byId) value = id ?? fixtures.ids.get(spec.typeName);
    else if (arg.name === 'code' && spec.byId) value = IN;
    else if (arg.name === 'areaCode' || arg.name === 'within') value = IN;
    else if (arg.name === 'filter' && spec.areaArgs && !isNonNullType(arg.type)) value = { areaCode: IN };
    else if (arg.name === 'first') value = 5;
    else if (arg.name === 'withinDays') value = 366;
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) value = sample(arg.type, arg.name, fixtures);
    else continue;
    if (value === undefined) throw new Error(`no fixture for ${spec.name}(${arg.name}) of ${spec.typeName}`);
    parts.push(`${arg.name}: ${literal(value, arg.type)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

interface Cell {
  role: Role;
  scope: 'in' | 'out';
  spec: FieldSpec;
  text: string;
  /** For a by-id cell: the id asked for, and whether it is the caller's own. */
  id?: string;
  own?: boolean;
  /** An input organization the kernel checks for an own-organizations grant. */
  organizationId?: string;
}

interface Answer {
  value: any;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

const isEmpty = (value: any) => value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value.totalCount === 0 && value.edges?.length === 0);
const wide = (grants: Set<ScopeKind>) => grants.has('areas') || grants.has('statistics');

describe('the role matrix: every role × every root field × in and out of scope, as the table says', () => {
  let fed: TestFederation;
  const specs = modules.flatMap(specsOf);
  const fixtures: Fixtures = { ids: new Map(), ownPersonId: '', ownVolunteerId: '', organizationId: '' };
  const baseline = new Map<string, { totalCount: number; ids: string[] }>();
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    fed = await TestFederation.start(modules, { gatewayEnv: { RATE_LIMIT_PER_MINUTE: '100000' } });
    for (const module of modules) {
      const service = fed.service(module.name);
      await service.deps.dataSource.transaction((tx) => module.seed!(tx, { pii: service.deps.pii, log: service.deps.log }));
    }
    const admin = await tokenFor('DISTRICT_ADMIN', [IN], { sub: 'baseline-admin' });
    const volunteer = await fed.ok(admin, `{ volunteers(filter: { areaCode: "${IN}" }, first: 1) { edges { node { id person { id } } } } }`);
    fixtures.ownVolunteerId = volunteer.volunteers.edges[0].node.id;
    fixtures.ownPersonId = volunteer.volunteers.edges[0].node.person.id;
    const org = await fed.ok(
      admin,
      `{ organizations(filter: { areaCode: "${IN}" }, first: 30) { edges { node { id serviceProjects(first: 5) { edges { node { id } } } fundraisingCampaigns(first: 5) { edges { node { id } } } } } } residentsCouncils(areaCode: "${IN}", first: 5) { edges { node { topics(first: 5) { edges { node { id } } } } } } }`,
    );
    fixtures.organizationId = org.organizations.edges[0].node.id;
    const first = (ids: string[]) => ids.find(Boolean);
    const orgNodes = org.organizations.edges.map((e: any) => e.node);
    fixtures.ids.set('ServiceProject', first(orgNodes.flatMap((n: any) => n.serviceProjects.edges.map((e: any) => e.node.id)))!);
    fixtures.ids.set('FundraisingCampaign', first(orgNodes.flatMap((n: any) => n.fundraisingCampaigns.edges.map((e: any) => e.node.id)))!);
    const attendance = await fed.ok(admin, `{ volunteerActivities(filter: { areaCode: "${IN}" }, first: 20) { edges { node { attendances(first: 5) { edges { node { id volunteer { id } } } } } } } }`);
    const attendances = attendance.volunteerActivities.edges.flatMap((e: any) => e.node.attendances.edges.map((a: any) => a.node));
    fixtures.ids.set('VolunteerAttendance', attendances.find((a: any) => a.volunteer?.id !== fixtures.ownVolunteerId)?.id);
    fixtures.ids.set('CouncilTopic', first(org.residentsCouncils.edges.flatMap((e: any) => e.node.topics.edges.map((t: any) => t.node.id)))!);
    // what an admin of the area sees through every list: the rows each granted role must see too
    const lists = specs.filter((s) => s.operation === 'query' && s.shape === 'connection');
    const answers = await run(admin, lists.map((spec) => ({ role: 'DISTRICT_ADMIN', scope: 'in', spec, text: `${spec.name}${argsOf(spec, fixtures)} ${spec.selection}` }) as Cell));
    lists.forEach((spec, i) => {
      const value = answers[i].value;
      if (!value) throw new Error(`the baseline of ${spec.name} failed: ${JSON.stringify(answers[i].errors)}`);
      const ids = value.edges.map((e: any) => e.node.id ?? e.node.code).filter(Boolean);
      baseline.set(spec.name, { totalCount: value.totalCount, ids });
      const own = spec.typeName === 'Person' ? ids.filter((id: string) => id !== fixtures.ownPersonId) : spec.typeName === 'Volunteer' ? ids.filter((id: string) => id !== fixtures.ownVolunteerId) : ids;
      if (own.length && !fixtures.ids.has(spec.typeName)) fixtures.ids.set(spec.typeName, own[0]);
    });
    for (const role of ROLES) {
      tokens.set(`${role}/in`, await tokenFor(role, [IN], { sub: `matrix-${role}-in`, personId: fixtures.ownPersonId, orgs: [fixtures.organizationId] }));
      tokens.set(`${role}/out`, await tokenFor(role, [OTHER], { sub: `matrix-${role}-out`, personId: randomUUID(), orgs: [] }));
    }
  }, 240_000);

  afterAll(async () => {
    await fed?.stop();
  });

  /**
   * Runs cells as one caller, BATCH aliases per operation; answers in the order of the cells.
   * An error on a non-null root field nulls the whole answer, so such a batch runs again one
   * cell at a time.
   */
  async function run(token: string, cells: Cell[]): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (let i = 0; i < cells.length; i += BATCH) answers.push(...(await runBatch(token, cells.slice(i, i + BATCH))));
    return answers;
  }

  async function runBatch(token: string, batch: Cell[]): Promise<Answer[]> {
    const text = `${batch[0].spec.operation} { ${batch.map((cell, j) => `c${j}: ${cell.text}`).join('\n')} }`;
    const result: GraphQLResult = await fed.query(token, text);
    if (!result.data && batch.length > 1) {
      const answers: Answer[] = [];
      for (const cell of batch) answers.push(...(await runBatch(token, [cell])));
      return answers;
    }
    if (result.status !== 200 && !result.errors?.length) throw new Error(`the gateway refused (${result.status}): ${JSON.stringify(result.body)}\n${text}`);
    return batch.map((_, j) => ({ value: result.data?.[`c${j}`] ?? null, errors: (result.errors ?? []).filter((e) => e.path?.[0] === `c${j}` || !e.path) }));
  }

  function cellsFor(role: Role, scope: 'in' | 'out', operation: 'query' | 'mutation'): Cell[] {
    const cells: Cell[] = [];
    for (const spec of specs.filter((s) => s.operation === operation)) {
      if (operation === 'mutation') {
        const text = `${spec.name}${argsOf(spec, fixtures)} ${spec.selection}`;
        cells.push({ role, scope, spec, text, organizationId: /organizationId: "([^"]+)"/.exec(text)?.[1] });
        continue;
      }
      if (spec.byId && spec.field.args.some((a) => a.name === 'id')) {
        const id = fixtures.ids.get(spec.typeName);
        cells.push({ role, scope, spec, id, text: `${spec.name}${argsOf(spec, fixtures)} ${spec.selection}` });
        const own = spec.typeName === 'Person' ? fixtures.ownPersonId : spec.typeName === 'Volunteer' ? fixtures.ownVolunteerId : undefined;
        if (own && scope === 'in') cells.push({ role, scope, spec, id: own, own: true, text: `${spec.name}${argsOf(spec, fixtures, own)} ${spec.selection}` });
      } else cells.push({ role, scope, spec, text: `${spec.name}${argsOf(spec, fixtures)} ${spec.selection}` });
    }
    return cells;
  }

  /** What the table says about one cell, as a list of disagreements (empty when the answer agrees). */
  function judge(cell: Cell, answer: Answer): string[] {
    const { role, scope, spec } = cell;
    const grants = grantsOf(role, spec.rule);
    const forbidden = answer.errors.filter((e) => e.extensions?.code === 'FORBIDDEN');
    const byKernel = forbidden.filter((e) => e.path?.length === 1 && e.extensions?.rule === spec.rule);
    const others = answer.errors.filter((e) => e.extensions?.code !== 'FORBIDDEN');
    const where = `${role} ${scope} ${spec.operation} ${spec.name}${cell.own ? ' (own)' : ''} [${spec.rule}]`;
    const problems: string[] = [];
    const internal = answer.errors.filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
    if (internal.length) problems.push(`${where}: internal error ${JSON.stringify(internal)}`);
    if (spec.operation === 'mutation') {
      const orgRefused = !wide(grants) && !grants.has('own-person') && grants.has('own-organizations') && !!cell.organizationId && scope === 'out';
      const refused = grants.size === 0 || orgRefused;
      if (refused && !forbidden.some((e) => e.extensions?.rule === spec.rule)) problems.push(`${where}: expected FORBIDDEN by the rule, got ${JSON.stringify(answer)}`);
      if (!refused && forbidden.some((e) => e.extensions?.rule)) problems.push(`${where}: the kernel refused a granted role: ${JSON.stringify(forbidden)}`);
      return problems;
    }
    if (grants.size === 0) {
      if (!byKernel.length || answer.value !== null) problems.push(`${where}: expected FORBIDDEN, got ${JSON.stringify(answer)}`);
      return problems;
    }
    if (byKernel.length) problems.push(`${where}: refused a granted role: ${JSON.stringify(byKernel)}`);
    const value = answer.value;
    if (grants.has('empty') && grants.size === 1) {
      // answered with nothing: no rows, an empty list, null
      if (!isEmpty(value) || answer.errors.length) problems.push(`${where}: expected an empty answer, got ${JSON.stringify(answer)}`);
      return problems;
    }
    if (spec.byId) {
      const expectRow = scope === 'in' && (cell.own ? true : wide(grants));
      if (spec.name === 'area' || !spec.field.args.some((a) => a.name === 'id')) {
        // area(code): the area in scope, nothing of an area outside
        if (scope === 'in' && value?.code !== IN) problems.push(`${where}: expected the area, got ${JSON.stringify(answer)}`);
        if (scope === 'out' && value !== null) problems.push(`${where}: expected null, got ${JSON.stringify(answer)}`);
      } else if (expectRow && value?.id !== cell.id) problems.push(`${where}: expected ${spec.typeName} ${cell.id}, got ${JSON.stringify(answer)}`);
      else if (!expectRow && value !== null) problems.push(`${where}: expected null, got ${JSON.stringify(answer)}`);
      if (expectRow && (others.length || forbidden.length)) problems.push(`${where}: errors beside the row ${JSON.stringify(answer.errors)}`);
      return problems;
    }
    if (spec.shape === 'connection') {
      const seen = baseline.get(spec.name)!;
      if (!value) return [...problems, `${where}: expected a connection, got ${JSON.stringify(answer)}`];
      const ids: string[] = value.edges.map((e: any) => e?.node?.id ?? e?.node?.code).filter(Boolean);
      if (scope === 'in' && wide(grants) && seen.totalCount > 0 && value.totalCount === 0) problems.push(`${where}: expected rows (an admin of the area sees ${seen.totalCount})`);
      if (scope === 'in' && !wide(grants)) {
        const own = new Set([fixtures.ownPersonId, fixtures.ownVolunteerId]);
        const owners: string[] = value.edges.map((e: any) => e?.node?.person?.id ?? (spec.typeName === 'Person' || spec.typeName === 'Volunteer' ? e?.node?.id : undefined)).filter(Boolean);
        if (owners.some((id) => !own.has(id))) problems.push(`${where}: rows beyond the caller's own: ${JSON.stringify(owners)}`);
      }
      if (scope === 'out') {
        if (spec.areaArgs && value.totalCount !== 0) problems.push(`${where}: expected no rows of an area outside, got ${value.totalCount}`);
        const leaked = ids.filter((id) => seen.ids.includes(id) && id.length > 12);
        if (leaked.length) problems.push(`${where}: rows of the area outside: ${JSON.stringify(leaked)}`);
      }
      if (scope === 'in' && wide(grants) && forbidden.length) problems.push(`${where}: FORBIDDEN inside the rows ${JSON.stringify(forbidden)}`);
      return problems;
    }
    if (scope === 'in' && wide(grants) && forbidden.length) problems.push(`${where}: FORBIDDEN for a granted role ${JSON.stringify(forbidden)}`);
    return problems;
  }

  it('has a fixture in scope for every by-id field and a rule for every root field', () => {
    const missing = specs.filter((s) => s.byId && s.field.args.some((a) => a.name === 'id') && !fixtures.ids.get(s.typeName)).map((s) => s.name);
    expect(missing).toEqual([]);
    expect(specs.filter((s) => s.operation === 'query').length).toBeGreaterThan(30);
    expect(specs.filter((s) => s.operation === 'mutation').length).toBeGreaterThan(60);
  });

  it.each(ROLES.map((r) => [r]))('answers every query of a %s as the table says, in scope and out', async (role) => {
    const problems: string[] = [];
    for (const scope of ['in', 'out'] as const) {
      const cells = cellsFor(role, scope, 'query');
      const answers = await run(tokens.get(`${role}/${scope}`)!, cells);
      cells.forEach((cell, i) => problems.push(...judge(cell, answers[i])));
    }
    expect(problems).toEqual([]);
  });

  it.each(ROLES.map((r) => [r]))('lets a %s call exactly the mutations the table grants, in scope and out', async (role) => {
    const problems: string[] = [];
    for (const scope of ['in', 'out'] as const) {
      const cells = cellsFor(role, scope, 'mutation');
      const answers = await run(tokens.get(`${role}/${scope}`)!, cells);
      cells.forEach((cell, i) => problems.push(...judge(cell, answers[i])));
    }
    expect(problems).toEqual([]);
  });


  /**
   * Entity fields, cell by cell, straight at each subgraph as the gateway calls it: every role ×
   * every field of every entity type, reached through `_entities` with the id of a row in the
   * caller's areas (the way every nested hop across services arrives). A role the field's rule
   * does not grant gets FORBIDDEN naming the rule; a granted role is never refused by the kernel.
   */
  describe('entity fields through _entities', () => {
    interface EntityCell {
      module: ServiceModule<any>;
      type: GraphQLObjectType;
      key: Record<string, string>;
      fields: { alias: string; name: string; rule: RuleName; text: string }[];
    }

    function entityCells(): { cells: EntityCell[]; missing: string[] } {
      const cells: EntityCell[] = [];
      const missing: string[] = [];
      for (const module of modules) {
        const schema = buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers as GraphQLResolverMap<unknown> });
        const entity = schema.getType('_Entity') as unknown as { getTypes(): GraphQLObjectType[] } | undefined;
        for (const type of entity?.getTypes() ?? []) {
          const byCode = !type.getFields().id;
          const id = byCode ? IN : fixtures.ids.get(type.name);
          if (!id) {
            missing.push(`${module.name}:${type.name}`);
            continue;
          }
          const fields = Object.values(type.getFields()).map((field, i) => {
            const named = getNamedType(field.type);
            const args = field.args
              .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
              .map((a) => `${a.name}: ${literal(a.name === 'period' ? { from: '2026-01-01', to: '2026-01-31' } : sample(a.type, a.name, fixtures), a.type)}`);
            const connection = isObjectType(named) && !!named.getFields().edges && !!named.getFields().totalCount;
            const selection = connection ? ' { totalCount edges { __typename } }' : isObjectType(named) || 'getTypes' in named ? ' { __typename }' : '';
            const text = `f${i}: ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
            const rule = module.access.rules[`${type.name}.${field.name}`] ?? module.access.rules[type.name];
            return { alias: `f${i}`, name: field.name, rule: rule!, text };
          });
          cells.push({ module, type, key: byCode ? { code: id } : { id }, fields });
        }
      }
      return { cells, missing };
    }

    async function ask(cell: EntityCell, role: Role): Promise<{ entity: any; errors: any[] }> {
      const viewer: Viewer = { id: `entity-${role}`, name: role, roles: [role], areas: [IN], orgs: [fixtures.organizationId], personId: fixtures.ownPersonId, requestId: randomUUID() };
      const token = await signInternalToken(viewer, cell.module.name, DEV_INTERNAL_SECRET);
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${cell.type.name} { ${cell.fields.map((f) => f.text).join(' ')} } } }`;
      const response = await request(fed.service(cell.module.name).url.replace(/\/graphql$/, ''))
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query, variables: { r: [{ __typename: cell.type.name, ...cell.key }] } });
      if (!response.body?.data && !response.body?.errors) throw new Error(`${cell.module.name} refused (${response.status}): ${response.text}`);
      return { entity: response.body.data?._entities?.[0] ?? null, errors: response.body.errors ?? [] };
    }

    it('has a row in scope for every entity type', () => {
      expect(entityCells().missing).toEqual([]);
    });

    it.each(ROLES.map((r) => [r]))('answers every entity field to a %s as the table says', async (role) => {
      const problems: string[] = [];
      for (const cell of entityCells().cells) {
        const baseline = await ask(cell, 'DISTRICT_ADMIN');
        if (!baseline.entity) {
          problems.push(`${cell.module.name} ${cell.type.name}: the reference in scope resolved to nothing for an admin`);
          continue;
        }
        const { entity, errors } = await ask(cell, role);
        const typeRule: RuleName | undefined = cell.module.access.rules[cell.type.name];
        const typeScope = typeRule ? (ACCESS_RULES[typeRule] as Partial<Record<Role, ScopeKind>>)[role] : undefined;
        // a role granted the whole type in its areas sees the row in scope
        if ((typeScope === 'areas' || typeScope === 'statistics') && entity === null && !errors.length)
          problems.push(`${role} ${cell.module.name} ${cell.type.name} [${typeRule}]: the row in scope is missing`);
        for (const field of cell.fields) {
          const at = errors.filter((e: any) => e.path?.[0] === '_entities' && e.path?.[2] === field.alias);
          const byRule = at.filter((e: any) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.rule === field.rule);
          const internal = at.filter((e: any) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
          const table: Partial<Record<Role, ScopeKind>> = ACCESS_RULES[field.rule];
          const scope = table[role];
          // a narrow grant admits only the caller's own rows: the fixture is another person's, and the caller's own organization
          const granted = scope === 'areas' || scope === 'statistics' || (scope === 'own-organizations' && cell.type.name === 'Organization');
          const where = `${role} ${cell.module.name} ${cell.type.name}.${field.name} [${field.rule}]`;
          if (internal.length) problems.push(`${where}: internal error ${JSON.stringify(internal)}`);
          // refused: FORBIDDEN naming the rule, or no row at all (the reference resolved to nothing for this caller)
          if (scope === 'empty') {
            if (!byRule.length && entity !== null && !isEmpty(entity[field.alias])) problems.push(`${where}: expected nothing, got ${JSON.stringify(entity[field.alias])}`);
            continue;
          }
          if (!granted && !byRule.length && entity !== null) problems.push(`${where}: expected FORBIDDEN by the rule or no row, got ${JSON.stringify(entity[field.alias])} ${JSON.stringify(at)}`);
          if (granted && at.some((e: any) => e.extensions?.rule)) problems.push(`${where}: the kernel refused a granted role ${JSON.stringify(at)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  /**
   * Personal data, as each role without the right to reveal receives it: no answer holds a full
   * ID number or phone of anyone in the district, nor a masked ID number beside the full birth
   * date (which would give its hidden digits back), nor a permit number in full.
   */
  describe('personal data without the right to reveal', () => {
    const PERSON = 'id name documentType documentNumber sex birthDate birthYear age phone residencePermit { number }';
    const people = demoDistrict().persons;
    const idNumbers = new Set(people.map((p) => p.idNumber));
    const phones = new Set(people.map((p) => p.phone));

    it.each((['GRID_WORKER', 'MEDIATOR', 'ORG_STAFF', 'VOLUNTEER', 'INTEGRATOR', 'OPS'] as const).map((r) => [r]))(
      'gives a %s no full ID number or phone, and no masked number beside a full birth date',
      async (role) => {
        const token = tokens.get(`${role}/in`)!;
        const result = await fed.query(
          token,
          `{ persons(filter: { areaCode: "${IN}" }, first: 100) { edges { node { ${PERSON} } } } own: person(id: "${fixtures.ownPersonId}") { ${PERSON} } }`,
        );
        const text = JSON.stringify(result.body);
        const problems: string[] = [];
        for (const found of text.match(/\d{17}[\dX]/g) ?? []) if (idNumbers.has(found)) problems.push(`full ID number ${found.slice(0, 6)}…`);
        for (const found of text.match(/1\d{10}/g) ?? []) if (phones.has(found)) problems.push(`full phone ${found.slice(0, 3)}…`);
        const nodes = [...(result.data?.persons?.edges ?? []).map((e: any) => e.node), result.data?.own].filter(Boolean);
        for (const node of nodes) {
          if (node.documentNumber?.includes('*') && node.birthDate) problems.push(`${node.id}: masked number beside the birth date ${node.birthDate}`);
          if (node.residencePermit?.number && !node.residencePermit.number.includes('*')) problems.push(`${node.id}: permit number in full`);
        }
        expect(problems).toEqual([]);
        // the roles that read persons do read them, so the check above saw real answers
        if (role === 'GRID_WORKER' || role === 'MEDIATOR' || role === 'ORG_STAFF') expect(nodes.length).toBeGreaterThan(10);
        if (role === 'VOLUNTEER') expect(nodes.map((n: any) => n.id)).toContain(fixtures.ownPersonId);
      },
    );
  });
});
