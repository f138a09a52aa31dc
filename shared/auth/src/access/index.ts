export { populationAccess } from './population';
export { housingAccess } from './housing';
export { organizationsAccess } from './organizations';
export { mediationAccess } from './mediation';
export { volunteeringAccess } from './volunteering';
