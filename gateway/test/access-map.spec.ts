import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { ACCESS_RULES, type ServiceAccess } from '@linli/auth';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { accessMapProblems, AccessMapError, gql, guardAccess, type ServiceModule } from '@linli/subgraph';
import { volunteering } from '@linli/volunteering';
import { documentedFields, documentedRules } from './documented-access';

const modules: ServiceModule<any>[] = [population, housing, organizations, mediation, volunteering];
const schemaOf = (module: ServiceModule<any>) => buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers as GraphQLResolverMap<unknown> });

describe('the access map of every service', () => {
  it.each(modules.map((m) => [m.name, m] as const))('names a rule for every Query and Mutation field and every entity field of %s', (_name, module) => {
    expect(accessMapProblems(schemaOf(module), module.access)).toEqual([]);
  });

  it('grants every rule to the roles and at the scopes docs/access.md writes, cell for cell', () => {
    expect(documentedRules()).toEqual(ACCESS_RULES);
  });

  it('applies to every Query and Mutation field the rule docs/access.md names for it', () => {
    const inCode = Object.fromEntries(modules.flatMap((m) => Object.entries(m.access.rules).filter(([coordinate]) => /^(Query|Mutation)\./.test(coordinate))));
    expect(inCode).toEqual(documentedFields());
  });

  it('uses every rule of the role table somewhere', () => {
    const used = new Set(modules.flatMap((m) => Object.values(m.access.rules)));
    expect(Object.keys(ACCESS_RULES).filter((rule) => !used.has(rule as never))).toEqual([]);
  });

  it('refuses to start a service whose map leaves a root field or an entity field without a rule', () => {
    const typeDefs = gql`
      type Query {
        "a listed field"
        listed: String
        "a forgotten field"
        forgotten: String
      }
      "an entity"
      type Thing @key(fields: "id") {
        "its id"
        id: ID!
        "a field nobody named"
        secret: String
      }
    `;
    const access: ServiceAccess = { rules: { 'Query.listed': 'person.read', 'Thing.id': 'person.read', 'Query.typo': 'person.read' } };
    const schema = buildSubgraphSchema({ typeDefs, resolvers: {} });
    expect(accessMapProblems(schema, access).sort()).toEqual(['Query.forgotten names no access rule', 'Query.typo names no field of this schema', 'Thing.secret names no access rule']);
    expect(() => guardAccess(schema, 'test', access)).toThrow(AccessMapError);
  });
});
