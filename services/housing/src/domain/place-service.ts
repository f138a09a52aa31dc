import { randomUUID } from 'node:crypto';
import { hasRole, inScope, type Viewer } from '@linli/auth';
import type { DataSource } from '@linli/db';
import { ForbiddenError, refuse, Validation } from '@linli/domain';
import type { Outbox } from '@linli/events';
import { AreaRepository, type AreaRow } from '../repositories/area-repository';
import { BuildingRepository, type BuildingRow } from '../repositories/building-repository';
import { HouseRepository, type HouseRow } from '../repositories/house-repository';
import { checkNewArea, type NewArea } from './area-rules';

export interface RegisterBuilding {
  gridCode: string;
  address: string;
  floors: number;
  rental?: boolean | null;
  accessControl?: boolean | null;
}

export interface RegisterHouse {
  buildingId: string;
  number: string;
  rooms: number;
  floorArea?: number | null;
  rental?: boolean | null;
  landlordId?: string | null;
}

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
    if (!hasRole(this.viewer, 'DISTRICT_ADMIN')) throw new ForbiddenError('only district admins create areas');
    return this.dataSource.transaction(async (tx) => {
      const areas = new AreaRepository(tx);
      const v = new Validation();
      const shape = checkNewArea(input, v);
      if (shape) {
        v.check(inScope(this.viewer, input.code), ['input', 'code'], 'AREA_OUT_OF_SCOPE', 'the code lies outside your areas');
        if (shape.parentCode) {
          const parent = await areas.find(shape.parentCode);
          if (v.check(parent !== null, ['input', 'code'], 'PARENT_AREA_UNKNOWN', `no area ${shape.parentCode} to hold this ${shape.level.toLowerCase()}`))
            v.check(parent!.status === 'ACTIVE', ['input', 'code'], 'PARENT_AREA_RETIRED', `area ${shape.parentCode} is retired`);
        }
        v.check((await areas.find(input.code)) === null, ['input', 'code'], 'AREA_CODE_TAKEN', `area ${input.code} already exists; a code never changes meaning`);
      }
      v.throwIfAny();
      const area = await areas.insert({ code: input.code, name: input.name.trim(), level: shape!.level, parentCode: shape!.parentCode });
      await this.outbox.add(tx, 'housing.area.created', area.code, { code: area.code, name: area.name, level: area.level, parentCode: area.parentCode }, this.trace());
      return { area };
    });
  }

  async registerBuilding(input: RegisterBuilding): Promise<{ building: BuildingRow }> {
    return this.dataSource.transaction(async (tx) => {
      const v = new Validation();
      const grid = await this.activeGrid(new AreaRepository(tx), input.gridCode, ['input', 'gridCode'], v);
      v.check(input.address.trim().length > 0, ['input', 'address'], 'ADDRESS_REQUIRED', 'address must not be empty');
      v.check(Number.isInteger(input.floors) && input.floors > 0, ['input', 'floors'], 'FLOORS_INVALID', 'floors must be 1 or more');
      v.throwIfAny();
      const building = await new BuildingRepository(tx).insert({
        id: randomUUID(),
        gridCode: grid!.code,
        address: input.address.trim(),
        floors: input.floors,
        rental: input.rental ?? false,
        accessControl: input.accessControl ?? false,
      });
      await this.outbox.add(
        tx,
        'housing.building.registered',
        building.gridCode,
        { buildingId: building.id, gridCode: building.gridCode, address: building.address, estateId: null, rental: building.rental, accessControl: building.accessControl },
        this.trace(),
      );
      return { building };
    });
  }

  async registerHouse(input: RegisterHouse): Promise<{ house: HouseRow }> {
    return this.dataSource.transaction(async (tx) => {
      const houses = new HouseRepository(tx);
      const v = new Validation();
      const [building] = await new BuildingRepository(tx).byIds([input.buildingId], this.viewer.areas);
      if (!building) refuse(['input', 'buildingId'], 'BUILDING_UNKNOWN', `no building ${input.buildingId} in your areas`);
      const number = input.number.trim();
      if (v.check(number.length > 0 && number.length <= 40, ['input', 'number'], 'NUMBER_INVALID', 'number must be 1 to 40 characters'))
        v.check(!(await houses.numberTaken(building.id, number)), ['input', 'number'], 'HOUSE_NUMBER_TAKEN', `house ${number} already exists in this building`);
      v.check(Number.isInteger(input.rooms) && input.rooms >= 0, ['input', 'rooms'], 'ROOMS_NEGATIVE', 'rooms must be 0 or more');
      if (input.floorArea !== undefined && input.floorArea !== null)
        v.check(input.floorArea > 0 && input.floorArea < 100_000, ['input', 'floorArea'], 'FLOOR_AREA_INVALID', 'floor area must be more than 0 square metres');
      v.throwIfAny();
      const house = await houses.insert({
        id: randomUUID(),
        buildingId: building.id,
        areaCode: building.gridCode,
        number,
        rooms: input.rooms,
        floorArea: input.floorArea ?? null,
        rental: input.rental ?? false,
        landlordId: input.landlordId ?? null,
      });
      await this.outbox.add(
        tx,
        'housing.house.registered',
        house.areaCode,
        { houseId: house.id, buildingId: house.buildingId, gridCode: house.areaCode, number: house.number, rooms: house.rooms, rental: house.rental, landlordId: house.landlordId },
        this.trace(),
      );
      return { house };
    });
  }

  private async activeGrid(areas: AreaRepository, code: string, field: string[], v: Validation): Promise<AreaRow | null> {
    const area = inScope(this.viewer, code) ? await areas.find(code) : null;
    if (!v.check(area !== null, field, 'AREA_UNKNOWN', `no area ${code} in your areas`)) return null;
    if (!v.check(area!.level === 'GRID', field, 'NOT_A_GRID', `${code} is a ${area!.level.toLowerCase()}, not a grid`)) return null;
    if (!v.check(area!.status === 'ACTIVE', field, 'AREA_RETIRED', `grid ${code} is retired`)) return null;
    return area;
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}
