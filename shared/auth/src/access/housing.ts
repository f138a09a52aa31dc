import type { ServiceAccess } from '../access-table';

/** The housing subgraph's fields and the rule each applies (docs/access.md). */
export const housingAccess: ServiceAccess = {
  rules: {
    'Query.area': 'area.read',
    'Query.areas': 'area.read',
    'Query.estate': 'place.read',
    'Query.estates': 'place.read',
    'Query.building': 'place.read',
    'Query.buildings': 'place.read',
    'Query.house': 'place.read',
    'Query.houses': 'place.read',
    'Query.housesDueForInspection': 'place.read',
    'Query.checklist': 'place.read',
    'Query.checklistItems': 'place.read',
    'Query.inspection': 'place.read',
    'Query.inspections': 'place.read',
    'Query.hazard': 'place.read',
    'Query.hazards': 'place.read',

    'Mutation.createArea': 'area.write',
    'Mutation.renameArea': 'area.write',
    'Mutation.retireArea': 'area.write',
    'Mutation.createEstate': 'place.write',
    'Mutation.updateEstate': 'place.write',
    'Mutation.rateEstate': 'estate.rate',
    'Mutation.registerBuilding': 'place.write',
    'Mutation.updateBuilding': 'place.write',
    'Mutation.registerHouse': 'place.write',
    'Mutation.updateHouse': 'place.write',
    'Mutation.addChecklistItem': 'checklist.write',
    'Mutation.retireChecklistItem': 'checklist.write',
    'Mutation.recordInspection': 'place.write',
    'Mutation.rectifyHazard': 'place.write',

    Area: 'area.read',
    'Area.housing': 'statistics.read',
    'Area.housingSeries': 'statistics.read',
    Estate: 'place.read',
    Building: 'place.read',
    House: 'place.read',
    Person: 'place.read',
    // the key the gateway sent: whoever reads the person may see it echoed
    'Person.id': 'person.read',
    Inspection: 'place.read',
    Hazard: 'place.read',
  },
  owners: {
    Person: { person: (person: { id: string }) => person.id },
  },
};
