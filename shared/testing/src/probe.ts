import { EventTables1700000000000 } from '@linli/events';
import { gql, type BaseContext, type ServiceModule } from '@linli/subgraph';

/** How many slow operations the probe has begun: a test waits for one to be in flight. */
export const probeState = { slowStarted: 0 };

/**
 * A small subgraph for testing the gateway on its own: a tree of nodes as deep and wide as a
 * query asks, and a field that fails with an internal message the gateway must not pass on.
 */
export const probeSubgraph: ServiceModule<BaseContext> = {
  name: 'housing',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query {
      nodes(first: Int = 20): [Node!]!
      whoami: Caller!
      "Answers after ms milliseconds: an in-flight request for shutdown tests."
      slow(ms: Int!): String!
    }
    type Node @key(fields: "id") {
      id: ID!
      children(first: Int = 20): [Node!]!
      broken: String
    }
    type Caller {
      id: ID!
      roles: [String!]!
      areas: [String!]!
      requestId: String!
      clientRequestId: String
    }
  `,
  resolvers: {
    Query: {
      nodes: (_: unknown, { first }: { first: number }) => Array.from({ length: first }, (_, i) => ({ id: `n${i}` })),
      whoami: (_: unknown, __: unknown, ctx: BaseContext) => ctx.viewer,
      slow: async (_: unknown, { ms }: { ms: number }) => {
        probeState.slowStarted += 1;
        await new Promise((resolve) => setTimeout(resolve, ms));
        return `done after ${ms} ms`;
      },
    },
    Node: {
      children: (node: { id: string }, { first }: { first: number }) => Array.from({ length: first }, (_, i) => ({ id: `${node.id}.${i}` })),
      broken: () => {
        throw new Error('connection to 10.0.0.5:5432 refused for user linli_admin');
      },
    },
  } as ServiceModule<BaseContext>['resolvers'],
  // every role may read the probe; nothing in it is personal
  access: { rules: { Query: 'area.read', Node: 'area.read' } },
  migrations: [EventTables1700000000000],
  context: (_deps, base) => base,
};
