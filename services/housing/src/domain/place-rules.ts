import { isUuid } from '@linli/db';
import { isIsoDate, Validation, type IsoDate } from '@linli/domain';

/** Plausibility bounds of the numbers a caller enters (also in the schema's descriptions and as constraints). */
export const BOUNDS = {
  floors: { min: 1, max: 200 },
  rooms: { min: 0, max: 100 },
  /** Square metres; a unit of more than 10,000 m² is not a dwelling. */
  floorArea: { max: 10_000 },
} as const;

/** The fields of a building as they will be stored, checked together. */
export interface BuildingFields {
  address: string;
  floors: number;
  accessControl: boolean;
  accessControlSince: IsoDate | null;
}

export function checkBuildingFields(b: BuildingFields, today: IsoDate, v: Validation): void {
  v.check(b.address.trim().length > 0 && b.address.length <= 200, ['input', 'address'], 'ADDRESS_REQUIRED', 'address must be 1 to 200 characters');
  v.inRange(['input', 'floors'], b.floors, { ...BOUNDS.floors, integer: true }, 'floors');
  if (b.accessControlSince !== null) {
    if (!v.check(isIsoDate(b.accessControlSince), ['input', 'accessControlSince'], 'DATE_INVALID', 'accessControlSince must be a date YYYY-MM-DD')) return;
    v.check(
      b.accessControl,
      ['input', 'accessControlSince'],
      'ACCESS_CONTROL_NOT_INSTALLED',
      'accessControlSince is given but access control is not installed',
    );
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
  v.inRange(['input', 'rooms'], h.rooms, { ...BOUNDS.rooms, integer: true }, 'rooms');
  if (h.floorArea !== null)
    v.check(
      Number.isFinite(h.floorArea) && h.floorArea > 0 && h.floorArea <= BOUNDS.floorArea.max,
      ['input', 'floorArea'],
      'OUT_OF_RANGE',
      `floor area must be more than 0 and at most ${BOUNDS.floorArea.max.toLocaleString('en-US')} square metres`,
    );
  if (h.landlordId !== null) v.check(isUuid(h.landlordId), ['input', 'landlordId'], 'LANDLORD_INVALID', 'landlordId must be a person id');
  return numberOk;
}

/** 群租: more occupants than the rooms can hold at the configured ratio. */
export function isGroupRentalRisk(occupants: number, rooms: number, ratio: number): boolean {
  return occupants > rooms * ratio;
}
