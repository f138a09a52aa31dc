import { Area } from './area';
import { Building } from './building';
import { House } from './house';
import { Occupancy } from './occupancy';

export { Area, Building, House, Occupancy };
export const entities = [Area, Building, House, Occupancy];
