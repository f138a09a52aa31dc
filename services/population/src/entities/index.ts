import { KnownHouse } from './known-house';
import { Person } from './person';
import { Residence } from './residence';

export { KnownHouse, Person, Residence };
export const entities = [Person, Residence, KnownHouse];
