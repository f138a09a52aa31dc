import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { KnownPersonRepository } from '../repositories/person-repository';

type PersonEvent = EventOf<'population.person.registered'> | EventOf<'population.person.updated'>;

/**
 * Keeps the persons population has registered, so every party, mediator, reporter, council
 * member, stakeholder and attendee is a real person. An update arriving before its registration
 * records the person all the same; an older event arriving late changes nothing.
 */
export const personConsumer: ConsumerDefinition<PersonEvent> = {
  name: 'mediation-persons',
  types: ['population.person.registered', 'population.person.updated'],
  async handle(tx, event) {
    switch (event.type) {
      case 'population.person.registered':
      case 'population.person.updated':
        await new KnownPersonRepository(tx).upsert({ id: event.data.personId, householdType: event.data.householdType, areaCode: event.data.areaCode, asOf: event.occurredAt });
        return;
      default:
        unhandled(event);
    }
  },
};
