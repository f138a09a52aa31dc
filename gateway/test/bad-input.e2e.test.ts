/**
 * Bad input is always the caller's error. A property-based sweep over the whole API as the
 * gateway serves it: every argument of every mutation and query (and of the area's fields)
 * gets at least 20 bad variants, each a mostly valid call with one value spoiled. No answer
 * may be INTERNAL_SERVER_ERROR, carry SQL or a constraint's words, an internal URL or a stack,
 * and a refused change leaves every table of every service as it was.
 *
 * The variants come from fast-check with a fixed seed, so a failure repeats; FUZZ_SEED and
 * FUZZ_RUNS change them for a longer hunt on demand.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { rows } from '@linli/db';
import { DEMO_DISTRICT, FENGXINYUAN } from '@linli/demo';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { volunteering } from '@linli/volunteering';
import type { Domain } from '@linli/contracts';
import { TestFederation, tokenFor, type GraphQLResult } from '@linli/infra/testing';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const GRID = `${FENGXINYUAN}001`;
const MODULES = [housing, population, organizations, mediation, volunteering];

/** Words that belong to the database, the network or the code, never to an answer. */
const LEAK =
  /\b(select .* from|insert into|update \w+ set|delete from)\b|violates|duplicate key|constraint "|relation "|column "|syntax error at|invalid input syntax|invalid byte sequence|out of range for type|127\.0\.0\.1|localhost|https?:\/\/|ECONNREFUSED|node_modules|\.ts:\d+|\bat [\w.<>]+ \(|stacktrace/i;

/** A spoiled value for a leaf of the given scalar or enum type. */
function badValues(typeName: string, isEnum: boolean): fc.Arbitrary<unknown> {
  const text = fc.constantFrom('', ' ', '\u0000', 'x\u0000y', 'a'.repeat(10_001), "'; DROP TABLE persons; --", '\u200b\u200b', '😀'.repeat(50), '%_\\', 'null');
  const wrongType = fc.constantFrom<unknown>(null, 1, -1, true, { a: 1 }, [1, 2], 'text', 1.5);
  switch (isEnum ? 'enum' : typeName) {
    case 'ID':
      return fc.oneof(text, fc.constantFrom('not-a-uuid', randomUUID(), `${randomUUID()}\u0000`, '00000000-0000-0000-0000-000000000000', '440118001001001', '9'.repeat(64)), wrongType);
    case 'Date':
      return fc.oneof(fc.constantFrom('0000-01-01', '1899-12-31', '2101-01-01', '2026-02-30', '2026-13-01', '26-1-1', 'yesterday', '2026-01-01T00:00:00Z', '+275760-09-13'), wrongType);
    case 'DateTime':
      return fc.oneof(fc.constantFrom('0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '2026-01-01T25:00:00Z', '2026-01-01', '1899-12-31T23:59:59Z', '2101-01-01T00:00:00Z', 'now'), wrongType);
    case 'Int':
      return fc.oneof(fc.constantFrom(2_147_483_647, -2_147_483_648, -1, 0, 2_147_483_648, 1.5, 2 ** 53 + 2), wrongType);
    case 'Float':
    case 'Fen':
      return fc.oneof(fc.constantFrom(1e308, -1e308, -0.0001, 0, 1e-12, 2 ** 53, 2_147_483_647.5, 123_456_789_012_345), wrongType);
    case 'Boolean':
      return wrongType;
    case 'enum':
      return fc.oneof(fc.constantFrom('NOT_A_VALUE', '', 'drop'), wrongType);
    default:
      return fc.oneof(text, wrongType);
  }
}

/** A leaf of an argument: where it sits, its type, the name of its field. */
interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

function leavesOf(type: GraphQLInputType, name: string, path: (string | number)[], depth = 0): Leaf[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  const here: Leaf = { path, type, name };
  if (isListType(inner)) return [here, ...leavesOf(inner.ofType, name, [...path, 0], depth + 1)];
  if (isInputObjectType(inner) && depth < 4)
    return [here, ...Object.values(inner.getFields()).flatMap((f) => leavesOf(f.type, f.name, [...path, f.name], depth + 1))];
  return [here];
}

function setAt(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (!path.length) return leaf;
  const [head, ...rest] = path;
  const container: any = Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : typeof head === 'number' ? [] : {};
  container[head] = setAt(container[head], rest, leaf);
  return container;
}

describe('bad input through the gateway', () => {
  let fed: TestFederation;
  let schema: GraphQLSchema;
  let admin: string;
  const pools = new Map<string, string[]>();
  const tables = new Map<Domain, string[]>();
  const findings: string[] = [];
  let calls = 0;

  beforeAll(async () => {
    fed = await TestFederation.start(MODULES, { gatewayEnv: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    for (const module of MODULES) {
      const { dataSource, pii, log } = fed.service(module.name).deps;
      await dataSource.transaction((tx) => module.seed!(tx, { pii, log }));
      const names = await rows<{ tablename: string }>(dataSource, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`);
      tables.set(module.name, names.map((t) => t.tablename));
      for (const { tablename } of names) {
        const ids = await rows<{ id: string }>(dataSource, `SELECT id::text AS id FROM "${tablename}" WHERE pg_typeof(id) = 'uuid'::regtype ORDER BY id LIMIT 3`).catch(() => []);
        if (ids.length) pools.set(tablename, ids.map((r) => r.id));
      }
    }
    admin = await tokenFor('DISTRICT_ADMIN', [DEMO_DISTRICT]);
    const introspection = await fed.ok<IntrospectionQuery>(admin, getIntrospectionQuery());
    schema = buildClientSchema(introspection);
  }, 180_000);
  afterAll(() => fed?.stop());

  /** A real id for an argument named like `personId`, `caseIds` or `id` of `updateHouse`. */
  function idFor(name: string, owner: string): string {
    const noun = (name === 'id' || name === 'ids' ? owner.replace(/^(create|register|update|change|record|set|add|remove|close|open|end|cancel|approve|reject|assign|give|reverse|rectify|revoke|issue|tag|untag|rate|dispatch|handle|evaluate|report|reopen|schedule|hold|raise|vote|resolve|sign|check|void|transfer|retire|rename|renew)/i, '') : name.replace(/Ids?$/, ''))
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase();
    const candidates = [...pools.keys()];
    const table = candidates.find((t) => t === `${noun}s`) ?? candidates.find((t) => t.endsWith(`_${noun}s`)) ?? candidates.find((t) => t.includes(noun.split('_').at(-1)!));
    return table ? pools.get(table)![0] : randomUUID();
  }

  /** A plausible value of a type, so a call reaches the rules rather than stopping at its first field. */
  function valid(type: GraphQLInputType, name: string, owner: string, depth = 0): unknown {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [valid(inner.ofType, name, owner, depth + 1)];
    if (isEnumType(inner)) return inner.getValues()[0].value;
    if (isInputObjectType(inner)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields()))
        if (isNonNullType(field.type) || (depth < 2 && field.name.length % 2 === 0)) value[field.name] = valid(field.type, field.name, owner, depth + 1);
      return value;
    }
    switch (getNamedType(inner).name) {
      case 'ID':
        return /Code$|^code$|^within$/.test(name) ? (name === 'communityCode' || name === 'code' ? FENGXINYUAN : GRID) : /category/i.test(name) ? 'NOISE' : idFor(name, owner);
      case 'Date':
        return '2026-06-01';
      case 'DateTime':
        return '2026-06-01T09:00:00+08:00';
      case 'Int':
        return 1;
      case 'Float':
      case 'Fen':
        return 100;
      case 'Boolean':
        return true;
      default:
        return /phone/i.test(name) ? '13800138000' : /document|idNumber/i.test(name) ? '44011819900101002X' : `fuzz ${name}`;
    }
  }

  /** The call with one argument's value spoiled, RUNS times, each spoiling another leaf in another way. */
  function variants(arg: GraphQLArgument, owner: string): unknown[] {
    const base = valid(arg.type, arg.name, owner);
    const leaves = leavesOf(arg.type, arg.name, []);
    const spoil = fc.integer({ min: 0, max: leaves.length - 1 }).chain((i) => {
      const leaf = leaves[i];
      const named = getNamedType(leaf.type);
      const bad = isInputObjectType(named) ? fc.constantFrom<unknown>(null, 'text', 1, [], { unknownField: 1 }) : badValues(named.name, isEnumType(named));
      return bad.map((value) => setAt(base, leaf.path, value));
    });
    return fc.sample(spoil, { seed: SEED + owner.length * 31 + arg.name.length, numRuns: RUNS });
  }

  function selection(field: GraphQLField<unknown, unknown>): string {
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return '';
    const fields = type.getFields();
    return `{ __typename${fields.userErrors ? ' userErrors { field code message }' : ''}${fields.totalCount ? ' totalCount' : ''} }`;
  }

  async function counts(): Promise<Map<string, number>> {
    const all = new Map<string, number>();
    for (const [name, list] of tables) {
      const [row] = await rows<Record<string, string>>(
        fed.service(name).deps.dataSource,
        `SELECT ${list.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`,
      );
      for (const [t, n] of Object.entries(row)) all.set(`${name}.${t}`, Number(n));
    }
    return all;
  }

  /** Waits until every outbox is drained and the consumers are still, so counts move only by the call under test. */
  async function settle(): Promise<void> {
    let last = '';
    let stable = 0;
    for (let i = 0; i < 100; i++) {
      let pending = 0;
      for (const name of tables.keys())
        pending += Number((await rows<{ n: string }>(fed.service(name).deps.dataSource, `SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL`))[0].n);
      const now = JSON.stringify([...(await counts())]);
      stable = pending === 0 && now === last ? stable + 1 : 0;
      if (stable === 3) return;
      last = now;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  function check(what: string, value: unknown, result: GraphQLResult): void {
    calls += 1;
    const text = JSON.stringify(result.body ?? {});
    const shown = `${what} with ${JSON.stringify(value)?.slice(0, 120)}`;
    if (result.status >= 500) findings.push(`${shown}: HTTP ${result.status}`);
    if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) findings.push(`${shown}: INTERNAL_SERVER_ERROR ${result.errors.map((e) => e.message).join('; ')}`);
    if (LEAK.test(text)) findings.push(`${shown}: leaks ${text.match(LEAK)![0]} in ${text.slice(0, 200)}`);
    if (result.status === 200 && result.data === null && !result.errors?.length) findings.push(`${shown}: data null without an error`);
  }

  it('answers every spoiled mutation as the caller’s error and writes nothing half', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    let before = await counts();
    for (const field of mutations) {
      for (const arg of field.args) {
        for (const value of variants(arg, field.name)) {
          const others = Object.fromEntries(field.args.filter((a) => a !== arg).map((a) => [a.name, valid(a.type, a.name, field.name)]));
          const variables = { ...others, [arg.name]: value };
          const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
          const result = await fed.query(admin, `mutation (${declared}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection(field)} }`, variables);
          check(`${field.name}(${arg.name})`, value, result);
          const payload = result.data?.[field.name];
          const refused = Boolean(result.errors?.length) || Boolean(payload?.userErrors?.length);
          if (refused) {
            const after = await counts();
            const changed = [...after].filter(([t, n]) => before.get(t) !== n);
            // a consumer applying an earlier change's event writes its inbox row with it: that database moved on its own
            const consumed = new Set(changed.filter(([t]) => t.endsWith('.inbox')).map(([t]) => t.split('.')[0]));
            const written = changed.filter(([t]) => !consumed.has(t.split('.')[0]));
            if (written.length) findings.push(`${field.name}(${arg.name}) with ${JSON.stringify(value)?.slice(0, 120)}: refused yet wrote ${written.map(([t, n]) => `${t} ${before.get(t)}→${n}`).join(', ')}`);
            before = after;
          } else {
            // an accepted change may publish events other services apply: wait for them to land
            await settle();
            before = await counts();
          }
        }
      }
    }
    expect(findings).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(mutations.length * RUNS);
  }, 900_000);

  it('answers every spoiled query argument, at the root and on an area, as the caller’s error', async () => {
    findings.length = 0;
    const roots = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length && !f.name.startsWith('_'));
    const area = schema.getType('Area');
    const onArea = isObjectType(area) ? Object.values(area.getFields()).filter((f) => f.args.length) : [];
    const jobs: (() => Promise<void>)[] = [];
    for (const field of roots)
      for (const arg of field.args)
        for (const value of variants(arg, field.name))
          jobs.push(async () => {
            const others = Object.fromEntries(field.args.filter((a) => a !== arg && isNonNullType(a.type)).map((a) => [a.name, valid(a.type, a.name, field.name)]));
            const used = field.args.filter((a) => a === arg || a.name in others);
            const result = await fed.query(
              admin,
              `query (${used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${field.name}(${used.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection(field)} }`,
              { ...others, [arg.name]: value },
            );
            check(`${field.name}(${arg.name})`, value, result);
          });
    for (const field of onArea)
      for (const arg of field.args)
        for (const value of variants(arg, `Area.${field.name}`))
          jobs.push(async () => {
            const result = await fed.query(
              admin,
              `query ($code: ID!, $${arg.name}: ${String(arg.type)}) { area(code: $code) { ${field.name}(${arg.name}: $${arg.name}) ${selection(field)} } }`,
              { code: FENGXINYUAN, [arg.name]: value },
            );
            check(`Area.${field.name}(${arg.name})`, value, result);
          });
    // four at a time: the gateway serves callers side by side, and so the sweep stays short
    for (let i = 0; i < jobs.length; i += 4) await Promise.all(jobs.slice(i, i + 4).map((job) => job()));
    expect(findings).toEqual([]);
    expect(jobs.length).toBeGreaterThanOrEqual((roots.length + onArea.length) * RUNS);
  }, 900_000);
});
