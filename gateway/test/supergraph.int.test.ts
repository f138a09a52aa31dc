import { existsSync, readFileSync } from 'node:fs';
import { composeSupergraph, SUBGRAPHS, SUPERGRAPH_FILE } from '../src';

describe('the committed supergraph', () => {
  it('composes from the five services’ schema.graphql files', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('is exactly what composition gives today (run pnpm compose after a schema change)', () => {
    expect(existsSync(SUPERGRAPH_FILE)).toBe(true);
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  it('joins all five subgraphs', () => {
    const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
    for (const name of SUBGRAPHS) expect(sdl).toMatch(new RegExp(`${name.toUpperCase()} @join__graph\\(name: "${name}"`));
  });
});
