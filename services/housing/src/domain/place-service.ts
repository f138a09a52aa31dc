import { randomUUID } from 'node:crypto';
import { inScope, type Viewer } from '@linli/auth';
import type { DataOf } from '@linli/contracts';
import { conflict, isUuid, transaction, type DataSource, type EntityManager } from '@linli/db';
import { LEVEL_LENGTH, refuse, today, Validation, type IsoDate } from '@linli/domain';
import { KNOWN_PERSONS, ReadModelRepository, type Outbox } from '@linli/events';
import { AreaRepository, type AreaRow } from '../repositories/area-repository';
import { BuildingRepository, managementMode, type BuildingKind, type BuildingRow, type ManagementModeInput } from '../repositories/building-repository';
import { EstateRepository } from '../repositories/estate-repository';
import { HouseRepository, type HouseRow } from '../repositories/house-repository';
import { PLACE_KEEPERS, requireRole, visibleEstate } from './access';
import { checkName, checkNewArea, type NewArea } from './area-rules';
import { checkBuildingFields, checkHouseFields } from './place-rules';

export interface RegisterBuilding {
  gridCode: string;
  address: string;
  floors: number;
  kind?: BuildingKind | null;
  managementMode?: ManagementModeInput | null;
  estateId?: string | null;
  rental?: boolean | null;
  accessControl?: boolean | null;
  accessControlSince?: IsoDate | null;
}

export interface UpdateBuilding {
  id: string;
  gridCode?: string | null;
  address?: string | null;
  floors?: number | null;
  kind?: BuildingKind | null;
  managementMode?: ManagementModeInput | null;
  estateId?: string | null;
  clearEstate?: boolean | null;
  rental?: boolean | null;
  accessControl?: boolean | null;
  accessControlSince?: IsoDate | null;
}

export interface RegisterHouse {
  buildingId: string;
  number: string;
  rooms: number;
  floorArea?: number | null;
  rental?: boolean | null;
  landlordId?: string | null;
}

export interface UpdateHouse {
  id: string;
  number?: string | null;
  rooms?: number | null;
  floorArea?: number | null;
  rental?: boolean | null;
  landlordId?: string | null;
  clearLandlord?: boolean | null;
}

const areaData = (a: AreaRow): DataOf<'housing.area.created'> => ({ code: a.code, name: a.name, level: a.level, parentCode: a.parentCode });

const buildingData = (b: BuildingRow): DataOf<'housing.building.registered'> => ({
  buildingId: b.id,
  gridCode: b.gridCode,
  address: b.address,
  estateId: b.estateId,
  rental: b.rental,
  accessControl: b.accessControl,
  kind: b.kind,
  floors: b.floors,
  managementMode: b.managementMode,
  accessControlSince: b.accessControlSince,
});

const houseData = (h: HouseRow): DataOf<'housing.house.registered'> => ({
  houseId: h.id,
  buildingId: h.buildingId,
  gridCode: h.areaCode,
  number: h.number,
  rooms: h.rooms,
  rental: h.rental,
  landlordId: h.landlordId,
});

/** The rule each constraint behind the place registry stands for (a lost race answers the rule). */
const CONFLICTS = {
  areas_pkey: conflict(['input', 'code'], 'AREA_CODE_TAKEN', 'this area code exists already; a code never changes meaning'),
  areas_parent_code_fkey: conflict(['input', 'code'], 'PARENT_AREA_UNKNOWN', 'the parent area does not exist'),
  houses_number_in_building: conflict(['input', 'number'], 'HOUSE_NUMBER_TAKEN', 'a house with this number exists in this building'),
  houses_rooms_check: conflict(['input', 'rooms'], 'OUT_OF_RANGE', 'rooms must be a whole number from 0 to 100'),
  houses_floor_area_check: conflict(['input', 'floorArea'], 'OUT_OF_RANGE', 'floor area must be more than 0 and at most 10,000 square metres'),
  buildings_floors_check: conflict(['input', 'floors'], 'OUT_OF_RANGE', 'floors must be a whole number from 1 to 200'),
  areas_name_check: conflict(['input', 'name'], 'NAME_INVALID', 'a name is 1 to 100 characters'),
  houses_rooms_bounds: conflict(['input', 'rooms'], 'OUT_OF_RANGE', 'rooms must be a whole number from 0 to 100'),
  houses_floor_area_bounds: conflict(['input', 'floorArea'], 'OUT_OF_RANGE', 'floor area must be more than 0 and at most 10,000 square metres'),
  buildings_floors_bounds: conflict(['input', 'floors'], 'OUT_OF_RANGE', 'floors must be a whole number from 1 to 200'),
  buildings_since_needs_access_control: conflict(
    ['input', 'accessControlSince'],
    'ACCESS_CONTROL_NOT_INSTALLED',
    'accessControlSince is given but access control is not installed',
  ),
  buildings_estate_id_fkey: conflict(['input', 'estateId'], 'ESTATE_UNKNOWN', 'the estate does not exist'),
  buildings_grid_code_fkey: conflict(['input', 'gridCode'], 'AREA_UNKNOWN', 'the grid does not exist'),
};

/**
 * The place registry's rules: areas, buildings and houses. Each change commits with its
 * event in one transaction; a refusal throws before anything is written.
 */
export class PlaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
  ) {}

  async createArea(input: NewArea): Promise<{ area: AreaRow }> {
    requireRole(this.viewer, ['DISTRICT_ADMIN'], 'create areas');
    return transaction(
      this.dataSource,
      async (tx) => {
        const areas = new AreaRepository(tx);
        const v = new Validation();
        const shape = checkNewArea(input, v);
        if (shape) {
          v.check(inScope(this.viewer, input.code), ['input', 'code'], 'AREA_OUT_OF_SCOPE', 'the code lies outside your areas');
          if (shape.parentCode) {
            // locked so a parent cannot be retired while a child is being added to it
            const parent = await areas.find(shape.parentCode, { lock: 'share' });
            if (v.check(parent !== null, ['input', 'code'], 'PARENT_AREA_UNKNOWN', `no area ${shape.parentCode} to hold this ${shape.level.toLowerCase()}`))
              v.check(parent!.status === 'ACTIVE', ['input', 'code'], 'PARENT_AREA_RETIRED', `area ${shape.parentCode} is retired`);
          }
          v.check(
            (await areas.find(input.code)) === null,
            ['input', 'code'],
            'AREA_CODE_TAKEN',
            `area ${input.code} already exists; a code never changes meaning`,
          );
        }
        v.throwIfAny();
        const area = await areas.insert({ code: input.code, name: input.name.trim(), level: shape!.level, parentCode: shape!.parentCode });
        await this.outbox.add(tx, 'housing.area.created', area.code, areaData(area), this.trace());
        return { area };
      },
      CONFLICTS,
    );
  }

  async renameArea(input: { code: string; name: string }): Promise<{ area: AreaRow }> {
    requireRole(this.viewer, ['DISTRICT_ADMIN'], 'rename areas');
    return transaction(
      this.dataSource,
      async (tx) => {
        const areas = new AreaRepository(tx);
        const v = new Validation();
        checkName(input.name, v);
        const area = await this.ownArea(areas, input.code, v);
        v.throwIfAny();
        const renamed = await areas.rename(area!.code, input.name.trim());
        await this.outbox.add(tx, 'housing.area.renamed', renamed.code, { ...areaData(renamed), previousName: area!.name }, this.trace());
        return { area: renamed };
      },
      CONFLICTS,
    );
  }

  async retireArea(input: { code: string }): Promise<{ area: AreaRow }> {
    requireRole(this.viewer, ['DISTRICT_ADMIN'], 'retire areas');
    return transaction(
      this.dataSource,
      async (tx) => {
        const areas = new AreaRepository(tx);
        const v = new Validation();
        const area = await this.ownArea(areas, input.code, v);
        if (area) {
          const children = await areas.activeChildren(area.code);
          v.check(children.length === 0, ['input', 'code'], 'AREA_HAS_ACTIVE_CHILDREN', `retire its areas first: ${children.join(', ')}`);
        }
        v.throwIfAny();
        const retired = await areas.retire(area!.code);
        await this.outbox.add(tx, 'housing.area.retired', retired.code, areaData(retired), this.trace());
        return { area: retired };
      },
      CONFLICTS,
    );
  }

  async registerBuilding(input: RegisterBuilding): Promise<{ building: BuildingRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'register buildings');
    return transaction(
      this.dataSource,
      async (tx) => {
        const v = new Validation();
        const grid = await this.activeGrid(new AreaRepository(tx), input.gridCode, ['input', 'gridCode'], v);
        const building: BuildingRow = {
          id: randomUUID(),
          gridCode: input.gridCode,
          address: input.address.trim(),
          floors: input.floors,
          kind: input.kind ?? 'RESIDENTIAL',
          managementMode: managementMode(input.managementMode ?? 'SERVICE_CENTER'),
          estateId: input.estateId ?? null,
          rental: input.rental ?? false,
          accessControl: input.accessControl ?? false,
          accessControlSince: input.accessControlSince ?? null,
        };
        checkBuildingFields(building, today(), v);
        if (building.estateId && grid) await this.checkEstate(tx, building.estateId, grid.code, v);
        v.throwIfAny();
        const created = await new BuildingRepository(tx).insert(building);
        await this.outbox.add(tx, 'housing.building.registered', created.gridCode, buildingData(created), this.trace());
        return { building: created };
      },
      CONFLICTS,
    );
  }

  async updateBuilding(input: UpdateBuilding): Promise<{ building: BuildingRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'change buildings');
    return transaction(
      this.dataSource,
      async (tx) => {
        const buildings = new BuildingRepository(tx);
        const [current] = isUuid(input.id) ? await buildings.byIds([input.id], this.viewer.areas, { lock: true }) : [];
        if (!current) refuse(['input', 'id'], 'BUILDING_UNKNOWN', `no building ${input.id} in your areas`);
        const v = new Validation();
        v.check(!(input.clearEstate && input.estateId), ['input', 'clearEstate'], 'CONFLICTING_FIELDS', 'give estateId or clearEstate, not both');
        const accessControl = input.accessControl ?? current.accessControl;
        const next: BuildingRow = {
          ...current,
          address: input.address?.trim() ?? current.address,
          floors: input.floors ?? current.floors,
          kind: input.kind ?? current.kind,
          managementMode: input.managementMode ? managementMode(input.managementMode) : current.managementMode,
          estateId: input.clearEstate ? null : (input.estateId ?? current.estateId),
          rental: input.rental ?? current.rental,
          accessControl,
          // taking access control out clears its date; otherwise a new date replaces the old
          accessControlSince: input.accessControlSince ?? (accessControl ? current.accessControlSince : null),
        };
        const moving = Boolean(input.gridCode) && input.gridCode !== current.gridCode;
        if (moving && (await this.activeGrid(new AreaRepository(tx), input.gridCode!, ['input', 'gridCode'], v))) next.gridCode = input.gridCode!;
        checkBuildingFields(next, today(), v);
        // a new estate, or the current one when the building moves, must lie in the (new) grid's community
        if (input.estateId || (moving && next.estateId)) await this.checkEstate(tx, next.estateId!, next.gridCode, v);
        v.throwIfAny();
        const updated = await buildings.update(next);
        await this.outbox.add(tx, 'housing.building.updated', updated.gridCode, buildingData(updated), this.trace());
        if (moving) {
          // houses carry their grid (population places residents by it): each moved house is announced
          const moved = await new HouseRepository(tx).moveBuilding(updated.id, updated.gridCode);
          for (const house of moved) await this.outbox.add(tx, 'housing.house.updated', house.areaCode, houseData(house), this.trace());
        }
        return { building: updated };
      },
      CONFLICTS,
    );
  }

  async registerHouse(input: RegisterHouse): Promise<{ house: HouseRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'register houses');
    return transaction(
      this.dataSource,
      async (tx) => {
        const houses = new HouseRepository(tx);
        const v = new Validation();
        // locked so two registrations of one number in a building cannot both pass the check
        const [building] = isUuid(input.buildingId) ? await new BuildingRepository(tx).byIds([input.buildingId], this.viewer.areas, { lock: true }) : [];
        if (!building) refuse(['input', 'buildingId'], 'BUILDING_UNKNOWN', `no building ${input.buildingId} in your areas`);
        const fields = { number: input.number.trim(), rooms: input.rooms, floorArea: input.floorArea ?? null, landlordId: input.landlordId ?? null };
        if (checkHouseFields(fields, v))
          v.check(
            !(await houses.numberTaken(building.id, fields.number)),
            ['input', 'number'],
            'HOUSE_NUMBER_TAKEN',
            `house ${fields.number} already exists in this building`,
          );
        await this.checkLandlord(tx, fields.landlordId, v);
        const grid = await new AreaRepository(tx).find(building.gridCode, { lock: 'share' });
        v.check(grid?.status === 'ACTIVE', ['input', 'buildingId'], 'AREA_RETIRED', `grid ${building.gridCode} is retired`);
        v.throwIfAny();
        const house = await houses.insert({ id: randomUUID(), buildingId: building.id, areaCode: building.gridCode, rental: input.rental ?? false, ...fields });
        await this.outbox.add(tx, 'housing.house.registered', house.areaCode, houseData(house), this.trace());
        return { house };
      },
      CONFLICTS,
    );
  }

  async updateHouse(input: UpdateHouse): Promise<{ house: HouseRow }> {
    requireRole(this.viewer, PLACE_KEEPERS, 'change houses');
    return transaction(
      this.dataSource,
      async (tx) => {
        const houses = new HouseRepository(tx);
        const [current] = isUuid(input.id) ? await houses.byIds([input.id], this.viewer.areas, { lock: true }) : [];
        if (!current) refuse(['input', 'id'], 'HOUSE_UNKNOWN', `no house ${input.id} in your areas`);
        await new BuildingRepository(tx).byIds([current.buildingId], this.viewer.areas, { lock: true });
        const v = new Validation();
        v.check(!(input.clearLandlord && input.landlordId), ['input', 'clearLandlord'], 'CONFLICTING_FIELDS', 'give landlordId or clearLandlord, not both');
        const next = {
          id: current.id,
          number: input.number?.trim() ?? current.number,
          rooms: input.rooms ?? current.rooms,
          floorArea: input.floorArea ?? current.floorArea,
          rental: input.rental ?? current.rental,
          landlordId: input.clearLandlord ? null : (input.landlordId ?? current.landlordId),
        };
        if (checkHouseFields(next, v) && next.number !== current.number)
          v.check(
            !(await houses.numberTaken(current.buildingId, next.number, current.id)),
            ['input', 'number'],
            'HOUSE_NUMBER_TAKEN',
            `house ${next.number} already exists in this building`,
          );
        // a landlord already recorded stays, even if they have since moved out of the caller's areas
        if (next.landlordId !== current.landlordId) await this.checkLandlord(tx, next.landlordId, v);
        v.throwIfAny();
        const house = await houses.update(next);
        await this.outbox.add(tx, 'housing.house.updated', house.areaCode, houseData(house), this.trace());
        return { house };
      },
      CONFLICTS,
    );
  }

  /** A landlord must be a person population has registered within the caller's areas. */
  private async checkLandlord(tx: EntityManager, landlordId: string | null, v: Validation): Promise<void> {
    if (!landlordId || !isUuid(landlordId)) return;
    const known = await new ReadModelRepository(tx, KNOWN_PERSONS).knownInScope([landlordId], this.viewer.areas);
    v.check(known.has(landlordId), ['input', 'landlordId'], 'PERSON_UNKNOWN', `no person ${landlordId} in your areas`);
  }

  /** An area the caller may change: known, in scope, active. */
  private async ownArea(areas: AreaRepository, code: string, v: Validation): Promise<AreaRow | null> {
    const area = inScope(this.viewer, code) ? await areas.find(code, { lock: 'update' }) : null;
    if (!v.check(area !== null, ['input', 'code'], 'AREA_UNKNOWN', `no area ${code} in your areas`)) return null;
    if (!v.check(area!.status === 'ACTIVE', ['input', 'code'], 'AREA_RETIRED', `area ${code} is retired`)) return null;
    return area;
  }

  private async activeGrid(areas: AreaRepository, code: string, field: string[], v: Validation): Promise<AreaRow | null> {
    // locked (shared) against a concurrent retirement: a retired grid never gains a building
    const area = inScope(this.viewer, code) ? await areas.find(code, { lock: 'share' }) : null;
    if (!v.check(area !== null, field, 'AREA_UNKNOWN', `no area ${code} in your areas`)) return null;
    if (!v.check(area!.level === 'GRID', field, 'NOT_A_GRID', `${code} is a ${area!.level.toLowerCase()}, not a grid`)) return null;
    if (!v.check(area!.status === 'ACTIVE', field, 'AREA_RETIRED', `grid ${code} is retired`)) return null;
    return area;
  }

  /** A building's estate must exist and lie in the community of the building's grid. */
  private async checkEstate(tx: EntityManager, estateId: string, gridCode: string, v: Validation): Promise<void> {
    const found = isUuid(estateId) ? await new EstateRepository(tx).find(estateId) : null;
    // an estate the caller may not see is unknown: no hint of where it lies
    const estate = found && visibleEstate(this.viewer, found.communityCode) ? found : null;
    if (!v.check(estate !== null, ['input', 'estateId'], 'ESTATE_UNKNOWN', `no estate ${estateId} in your areas`)) return;
    const community = gridCode.slice(0, LEVEL_LENGTH.COMMUNITY);
    v.check(
      estate!.communityCode === community,
      ['input', 'estateId'],
      'ESTATE_IN_OTHER_COMMUNITY',
      `the estate lies in community ${estate!.communityCode}, the grid in ${community}`,
    );
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
