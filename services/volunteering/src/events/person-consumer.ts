import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { ReadModelRepository } from '../repositories/read-model-repository';

type PersonEvent = EventOf<'population.person.registered'> | EventOf<'population.person.updated'>;

/** Keeps the persons volunteering may register as volunteers; a late, older event changes nothing. */
export const personConsumer: ConsumerDefinition<PersonEvent> = {
  name: 'volunteering-persons',
  types: ['population.person.registered', 'population.person.updated'],
  async handle(tx, event) {
    switch (event.type) {
      case 'population.person.registered':
      case 'population.person.updated':
        await new ReadModelRepository(tx).upsertPerson(event.data.personId, event.data.areaCode, event.occurredAt);
        return;
      default:
        unhandled(event);
    }
  },
};
