import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The one graphql-codegen setup every service uses: federation-aware resolver types from the
 * service's schema.graphql into src/__generated__/resolvers-types.ts. A service names only its
 * context type and the row types its GraphQL types are resolved from.
 */
export function subgraphCodegen(
  contextType: string,
  mappers: Record<string, string>,
  scalars: Record<string, string | { input: string; output: string }> = {},
): CodegenConfig {
  return {
    schema: 'schema.graphql',
    generates: {
      'src/__generated__/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType,
          mappers,
          scalars: { Date: 'string', DateTime: 'Date', ...scalars },
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false },
        },
      },
    },
  };
}
