import { KeyGroupTag, PiiAudit, PointsEntry, ResidencePermit, Visit, VisitRule } from './care';
import { KnownHouse } from './known-house';
import { Person } from './person';
import { Residence } from './residence';

export { KeyGroupTag, KnownHouse, Person, PiiAudit, PointsEntry, Residence, ResidencePermit, Visit, VisitRule };
export const entities = [Person, Residence, KnownHouse, ResidencePermit, KeyGroupTag, VisitRule, Visit, PointsEntry, PiiAudit];
