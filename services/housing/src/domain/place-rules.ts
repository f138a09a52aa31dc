import { isIsoDate, Validation, type IsoDate } from '@linli/domain';

import { isUuid } from '../ids';

export { isUuid };

/** The fields of a building as they will be stored, checked together. */
export interface BuildingFields {
  address: string;
  floors: number;
  accessControl: boolean;
  accessControlSince: IsoDate | null;
}

export function checkBuildingFields(b: BuildingFields, today: IsoDate, v: Validation): void {
  v.check(b.address.trim().length > 0 && b.address.length <= 200, ['input', 'address'], 'ADDRESS_REQUIRED', 'address must be 1 to 200 characters');
  v.check(Number.isInteger(b.floors) && b.floors > 0 && b.floors <= 200, ['input', 'floors'], 'FLOORS_INVALID', 'floors must be 1 to 200');
  if (b.accessControlSince !== null) {
    if (!v.check(isIsoDate(b.accessControlSince), ['input', 'accessControlSince'], 'DATE_INVALID', 'accessControlSince must be a date YYYY-MM-DD')) return;
    v.check(b.accessControl, ['input', 'accessControlSince'], 'ACCESS_CONTROL_NOT_INSTALLED', 'accessControlSince is given but access control is not installed');
    v.check(b.accessControlSince <= today, ['input', 'accessControlSince'], 'DATE_IN_FUTURE', 'access control cannot have been installed after today');
  }
}

/** The fields of a house as they will be stored, checked together. */
export interface HouseFields {
  number: string;
  rooms: number;
  floorArea: number | null;
  landlordId: string | null;
}

export function checkHouseFields(h: HouseFields, v: Validation): boolean {
  const numberOk = v.check(h.number.length > 0 && h.number.length <= 40, ['input', 'number'], 'NUMBER_INVALID', 'number must be 1 to 40 characters');
  v.check(Number.isInteger(h.rooms) && h.rooms >= 0, ['input', 'rooms'], 'ROOMS_NEGATIVE', 'rooms must be a whole number, 0 or more');
  if (h.floorArea !== null) v.check(h.floorArea > 0 && h.floorArea < 100_000, ['input', 'floorArea'], 'FLOOR_AREA_INVALID', 'floor area must be more than 0 square metres');
  if (h.landlordId !== null) v.check(isUuid(h.landlordId), ['input', 'landlordId'], 'LANDLORD_INVALID', 'landlordId must be a person id');
  return numberOk;
}

/** 群租: more occupants than the rooms can hold at the configured ratio. */
export function isGroupRentalRisk(occupants: number, rooms: number, ratio: number): boolean {
  return occupants > rooms * ratio;
}
