import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { KnownHouseRepository } from '../repositories/house-repository';
import { PersonRepository } from '../repositories/person-repository';
import { ResidenceRepository } from '../repositories/residence-repository';

type HouseEvent = EventOf<'housing.house.registered'> | EventOf<'housing.house.updated'>;

/**
 * Keeps population's read model of houses (house → grid) from housing's events. When a
 * house moves to another grid, its current residents move with it. Events carry the instant
 * they happened; an older one arriving after a newer one is recorded in the inbox and ignored.
 */
export const houseConsumer: ConsumerDefinition<HouseEvent> = {
  name: 'population-houses',
  types: ['housing.house.registered', 'housing.house.updated'],
  async handle(tx, event) {
    switch (event.type) {
      case 'housing.house.registered':
      case 'housing.house.updated': {
        const { houseId, gridCode, number, rooms, rental } = event.data;
        const { previousGrid, applied } = await new KnownHouseRepository(tx).upsert({ id: houseId, gridCode, number, rooms, rental }, event.occurredAt);
        if (applied && previousGrid && previousGrid !== gridCode) {
          const moved = await new ResidenceRepository(tx).moveHouse(houseId, gridCode);
          if (moved.length) await new PersonRepository(tx).moveTo(moved, gridCode);
        }
        return;
      }
      default:
        unhandled(event);
    }
  },
};
