import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { KnownPersonRepository } from '../repositories/person-repository';

type PersonEvent = EventOf<'population.person.registered'> | EventOf<'population.person.updated'>;

/**
 * Keeps the persons population has registered, so a member or contact person is a real
 * person. An update arriving before its registration records the person all the same.
 */
export const personConsumer: ConsumerDefinition<PersonEvent> = {
  name: 'organizations-persons',
  types: ['population.person.registered', 'population.person.updated'],
  async handle(tx, event) {
    const persons = new KnownPersonRepository(tx);
    switch (event.type) {
      case 'population.person.registered':
        await persons.upsert(event.data.personId, event.data.areaCode, false);
        return;
      case 'population.person.updated':
        await persons.upsert(event.data.personId, event.data.areaCode, true);
        return;
      default:
        unhandled(event);
    }
  },
};
