import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { PersonRepository } from '../repositories/person-repository';

type PersonEvent = EventOf<'population.person.registered'> | EventOf<'population.person.updated'>;

/**
 * Keeps the persons population has registered with their area, so a landlord is shown and
 * accepted only within the caller's scope. An update arriving before its registration records
 * the person all the same; an older event arriving late changes nothing.
 */
export const personConsumer: ConsumerDefinition<PersonEvent> = {
  name: 'housing-persons',
  types: ['population.person.registered', 'population.person.updated'],
  async handle(tx, event) {
    switch (event.type) {
      case 'population.person.registered':
      case 'population.person.updated':
        await new PersonRepository(tx).upsert({ id: event.data.personId, areaCode: event.data.areaCode, asOf: event.occurredAt });
        return;
      default:
        unhandled(event);
    }
  },
};
