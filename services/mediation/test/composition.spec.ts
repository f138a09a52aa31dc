import { composeSupergraph } from '@linli/gateway';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { mediation } from '../src/module';

describe('the mediation subgraph in the federation', () => {
  it('composes from its three schema files with housing (Area) and population (Person)', () => {
    const sdl = composeSupergraph([housing, population, mediation].map((m) => ({ name: m.name, typeDefs: m.typeDefs })));
    expect(sdl).toContain('): DisputeCaseConnection @join__field(graph: MEDIATION)');
    // nullable: a failure here nulls mediation's figures only, never the whole Area
    expect(sdl).toContain('): MediationStatistics @join__field(graph: MEDIATION)');
  });
});
