import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { ReadModelRepository } from '../repositories/read-model-repository';

type BuildingEvent = EventOf<'housing.building.registered'> | EventOf<'housing.building.updated'>;

/**
 * Keeps the buildings captains can be assigned to and the grid each stands in (for scope and
 * for captain coverage). A building moved to another grid takes its captains along.
 */
export const buildingConsumer: ConsumerDefinition<BuildingEvent> = {
  name: 'volunteering-buildings',
  types: ['housing.building.registered', 'housing.building.updated'],
  async handle(tx, event) {
    switch (event.type) {
      case 'housing.building.registered':
      case 'housing.building.updated':
        await new ReadModelRepository(tx).upsertBuilding(event.data.buildingId, event.data.gridCode, event.occurredAt);
        return;
      default:
        unhandled(event);
    }
  },
};
