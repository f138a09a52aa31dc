import { Area } from './area';
import { Building } from './building';
import { Estate, EstateRating } from './estate';
import { House } from './house';
import { ChecklistItem, Hazard, Inspection, InspectionResult } from './inspection';
import { Occupancy } from './occupancy';
import { KnownPerson } from './person';

export { Area, Building, Estate, EstateRating, House, ChecklistItem, Inspection, InspectionResult, Hazard, Occupancy, KnownPerson };
export const entities = [Area, Building, Estate, EstateRating, House, ChecklistItem, Inspection, InspectionResult, Hazard, Occupancy, KnownPerson];
