import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#PopulationContext',
        mappers: {
          Person: '../repositories/person-repository#PersonRow',
          Residence: '../repositories/residence-repository#ResidenceRow',
          House: '../repositories/house-repository#HouseRef',
          Area: '../repositories/statistics-repository#AreaRef',
        },
        scalars: { Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};
export default config;
