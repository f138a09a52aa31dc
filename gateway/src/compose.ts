import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPHS, type SubgraphName } from './env';

export const ROOT = path.resolve(__dirname, '../..');
export const SUPERGRAPH_FILE = path.join(ROOT, 'gateway', 'supergraph.graphql');

const schemaFile = (name: string) => path.join(ROOT, 'services', name, 'schema.graphql');
const schemaFolder = (name: string) => path.join(ROOT, 'services', name, 'schema');

/** A subgraph's schema text: services/<name>/schema.graphql, or the *.graphql files of services/<name>/schema/ in name order (one schema split by module). */
function schemaText(name: string): string | null {
  if (existsSync(schemaFile(name))) return readFileSync(schemaFile(name), 'utf8');
  if (!existsSync(schemaFolder(name))) return null;
  const files = readdirSync(schemaFolder(name)).filter((f) => f.endsWith('.graphql')).sort();
  return files.map((f) => readFileSync(path.join(schemaFolder(name), f), 'utf8')).join('\n');
}

/** The subgraph schemas as committed in services/<name>/schema.graphql (or services/<name>/schema/*.graphql). */
export function schemaFiles(): { name: SubgraphName; typeDefs: DocumentNode }[] {
  return SUBGRAPHS.flatMap((name) => {
    const text = schemaText(name);
    return text === null ? [] : [{ name, typeDefs: parse(text) }];
  });
}

/** Composes the five subgraph schemas into the supergraph the gateway serves; throws with every composition error. */
export function composeSupergraph(subgraphs: { name: string; typeDefs: DocumentNode }[] = schemaFiles()): string {
  const services = subgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: `http://127.0.0.1:${DEFAULT_PORTS[name as SubgraphName] ?? 0}/graphql` }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (require.main === module) {
  try {
    const sdl = composeSupergraph();
    if (process.argv.includes('--check')) {
      const current = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
      if (current !== sdl) throw new Error('gateway/supergraph.graphql is stale: run pnpm compose and commit it');
      process.stdout.write('supergraph is up to date\n');
      process.exit(0);
    }
    writeFileSync(SUPERGRAPH_FILE, sdl);
    process.stdout.write(`wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
