import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { HouseRepository } from '../repositories/house-repository';

type ResidenceEvent = EventOf<'population.residence.registered'> | EventOf<'population.residence.ended'>;

/**
 * Keeps each house's occupancy from population's residence events. The two events of one
 * residence may arrive in either order; the read model merges them, so the count is right
 * whichever comes first.
 */
export const occupancyConsumer: ConsumerDefinition<ResidenceEvent> = {
  name: 'housing-occupancy',
  types: ['population.residence.registered', 'population.residence.ended'],
  async handle(tx, event) {
    const houses = new HouseRepository(tx);
    const { residenceId, houseId, personId } = event.data;
    switch (event.type) {
      case 'population.residence.registered':
        await houses.applyResidence({ residenceId, houseId, personId, registered: true, endedOn: event.data.to ?? undefined });
        return;
      case 'population.residence.ended':
        await houses.applyResidence({ residenceId, houseId, personId, endedOn: event.data.to });
        return;
      default:
        unhandled(event);
    }
  },
};
