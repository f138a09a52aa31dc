import type { ServiceAccess } from '../access-table';

/** The population subgraph's fields and the rule each applies (docs/access.md). */
export const populationAccess: ServiceAccess = {
  rules: {
    'Query.person': 'person.read',
    'Query.persons': 'person.read',
    'Query.overdueVisits': 'person.care.read',
    'Query.expiringResidencePermits': 'person.care.read',
    'Query.visitRules': 'person.care.read',
    'Query.auditRecords': 'audit.read',

    'Mutation.registerPerson': 'person.write',
    'Mutation.registerResidence': 'person.write',
    'Mutation.endResidence': 'person.write',
    'Mutation.updatePerson': 'person.write',
    'Mutation.transferPerson': 'person.transfer',
    'Mutation.issueResidencePermit': 'person.care.write',
    'Mutation.renewResidencePermit': 'person.care.write',
    'Mutation.tagKeyGroup': 'person.care.write',
    'Mutation.untagKeyGroup': 'person.care.write',
    'Mutation.recordVisit': 'visit.write',
    'Mutation.setVisitRule': 'visit-rules.write',
    'Mutation.revealPersonalData': 'personal-data.reveal',

    Person: 'person.read',
    'Person.keyGroups': 'person.care.read',
    'Person.visits': 'person.care.read',
    'Person.homeVisits': 'person.care.read',
    'Person.nextVisitDue': 'person.care.read',
    'Person.visitRule': 'person.care.read',
    'Person.pointsAccount': 'person.points.read',
    House: 'place.read',
    Area: 'area.read',
    'Area.population': 'statistics.read',
    'Area.populationSeries': 'statistics.read',
  },
  owners: {
    Person: { person: (person: { id: string }) => person.id },
  },
};
