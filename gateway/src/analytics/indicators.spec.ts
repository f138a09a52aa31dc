import { readFileSync } from 'node:fs';
import { catalogueGaps, indicatorsPage, INDICATORS_PAGE, syncSchemaDescriptions } from './catalogue-sync';
import { INDICATORS } from './indicators';

describe('the indicator catalogue', () => {
  it('has an entry for every figure on Area.<domain>, and a figure for every entry', () => {
    expect(catalogueGaps()).toEqual([]);
  });

  it('finds a figure with no entry, and an entry with no figure', () => {
    const sdl = readFileSync(require.resolve('../../api-schema.graphql'), 'utf8')
      .replace('type PopulationStatistics {', 'type PopulationStatistics {\n  visitsPlanned: Int')
      .replace(/\n(\s+)teams: Int/, '\n$1teamCount: Int');
    expect(catalogueGaps(sdl)).toEqual(expect.arrayContaining(['PopulationStatistics.visitsPlanned has no indicator', 'VOL_TEAMS names VolunteeringStatistics.teams, which does not exist']));
  });

  it('gives every indicator a stable upper-case code of its own', () => {
    const codes = INDICATORS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^(POP|HOU|ORG|MED|VOL)_[A-Z0-9_]+$/);
  });

  it('is what docs/indicators.md and the schema descriptions of the statistics fields say (pnpm indicators)', () => {
    expect(readFileSync(INDICATORS_PAGE, 'utf8')).toBe(indicatorsPage());
    expect(syncSchemaDescriptions(false)).toEqual([]);
  });
});
