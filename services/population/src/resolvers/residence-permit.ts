import { today } from '@linli/domain';
import type { ResidencePermitResolvers } from '../__generated__/resolvers-types';

export const ResidencePermit: ResidencePermitResolvers = {
  person: (permit, _, ctx) => ctx.loaders.person.load(permit.personId),
  valid: (permit) => permit.issuedOn <= today() && permit.expiresOn >= today(),
};
