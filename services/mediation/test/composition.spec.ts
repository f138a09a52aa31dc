import { composeSupergraph } from '@linli/gateway';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { mediation } from '../src/module';

describe('the mediation subgraph in the federation', () => {
  it('composes with housing (Area) and population (Person)', () => {
    const sdl = composeSupergraph([housing, population, mediation].map((m) => ({ name: m.name, typeDefs: m.typeDefs })));
    expect(sdl).toContain('disputes: [DisputeCase!]!');
    expect(sdl).toContain('mediation(period: PeriodInput): MediationStatistics!');
  });
});
