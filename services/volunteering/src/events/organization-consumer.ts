import type { EventOf } from '@linli/contracts';
import { unhandled, type ConsumerDefinition } from '@linli/events';
import { ReadModelRepository } from '../repositories/read-model-repository';

type OrganizationEvent =
  | EventOf<'organizations.organization.registered'>
  | EventOf<'organizations.organization.updated'>
  | EventOf<'organizations.organization.status_changed'>;

/**
 * Keeps the social organisations that may organise activities and their status: a suspended
 * or deregistered one cannot post. Each event carries the whole organisation, so the newest
 * (by occurredAt) wins whatever order they arrive in.
 */
export const organizationConsumer: ConsumerDefinition<OrganizationEvent> = {
  name: 'volunteering-organizations',
  types: ['organizations.organization.registered', 'organizations.organization.updated', 'organizations.organization.status_changed'],
  async handle(tx, event) {
    switch (event.type) {
      case 'organizations.organization.registered':
      case 'organizations.organization.updated':
      case 'organizations.organization.status_changed': {
        const { organizationId, name, status, areaCode } = event.data;
        await new ReadModelRepository(tx).upsertOrganization({ id: organizationId, name, status, areaCode }, event.occurredAt);
        return;
      }
      default:
        unhandled(event);
    }
  },
};
