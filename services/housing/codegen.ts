import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#HousingContext',
        mappers: {
          Area: '../repositories/area-repository#AreaRow',
          Building: '../repositories/building-repository#BuildingRow',
          House: '../repositories/house-repository#HouseRow',
          Estate: '../repositories/estate-repository#EstateRow',
          EstateRating: '../repositories/estate-repository#EstateRatingRow',
          ChecklistItem: '../repositories/inspection-repository#ChecklistItemRow',
          Inspection: '../repositories/inspection-repository#InspectionRow',
          InspectionResult: '../repositories/inspection-repository#InspectionResultRow',
          Hazard: '../repositories/hazard-repository#HazardRow',
          HousingStatistics: '../repositories/statistics-repository#HousingFigures',
          Person: '../resolvers/person#PersonRef',
        },
        scalars: { Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};
export default config;
