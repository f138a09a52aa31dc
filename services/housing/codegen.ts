import { subgraphCodegen } from '../../shared/subgraph/codegen';

export default subgraphCodegen('../context#HousingContext', {
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
  HousingPeriodStatistics: '../repositories/statistics-repository#HousingPeriodFigures',
  Person: '../resolvers/person#PersonRef',
});
