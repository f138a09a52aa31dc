import { subgraphCodegen } from '../../shared/subgraph/codegen';

export default subgraphCodegen('../context#PopulationContext', {
  Person: '../repositories/person-repository#PersonRow',
  Residence: '../repositories/residence-repository#ResidenceRow',
  House: '../repositories/house-repository#HouseRef',
  Area: '../repositories/statistics-repository#AreaRef',
  PopulationStatistics: '../repositories/statistics-repository#PopulationFigures',
  KeyGroupStatistics: '../resolvers/area#KeyGroupFigure',
  ResidencePermit: '../repositories/permit-repository#PermitRow',
  KeyGroupMembership: '../repositories/key-group-repository#KeyGroupRow',
  HomeVisit: '../repositories/visit-repository#VisitRow',
  OverdueVisit: '../repositories/visit-repository#OverdueRow',
  PointsAccount: '../repositories/points-repository#PointsAccountRef',
  PointsEntry: '../repositories/points-repository#PointsEntryRow',
  AuditRecord: '../repositories/audit-repository#AuditRow',
  VisitRule: '../repositories/visit-repository#VisitRuleRow',
  RevealPersonalDataPayload: '../domain/personal-data-service#RevealPayload',
});
