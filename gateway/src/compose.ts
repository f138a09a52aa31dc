import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPHS } from './env';

export const ROOT = path.resolve(__dirname, '../..');
export const SUPERGRAPH_FILE = path.join(ROOT, 'gateway', 'supergraph.graphql');

const schemaFile = (name: string) => path.join(ROOT, 'services', name, 'schema.graphql');

/** Composes the five subgraph schemas into the supergraph the gateway serves; throws with every composition error. */
export function composeSupergraph(): string {
  const services = SUBGRAPHS.filter((name) => existsSync(schemaFile(name))).map((name) => ({
    name,
    url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
    typeDefs: parse(readFileSync(schemaFile(name), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (require.main === module) {
  try {
    writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
    process.stdout.write(`wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
