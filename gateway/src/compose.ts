import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { lexicographicSortSchema, parse, printSchema, type DocumentNode } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPHS, type SubgraphName } from './env';

export const ROOT = path.resolve(__dirname, '../..');
export const SUPERGRAPH_FILE = path.join(ROOT, 'gateway', 'supergraph.graphql');
/** The schema clients see: the supergraph without federation internals, types in name order. */
export const API_SCHEMA_FILE = path.join(ROOT, 'gateway', 'api-schema.graphql');

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

/** Composes the subgraph schemas into the supergraph and the client-facing API schema; throws with every composition error. */
export function compose(subgraphs: { name: string; typeDefs: DocumentNode }[] = schemaFiles()): { supergraphSdl: string; apiSchemaSdl: string } {
  const services = subgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: `http://127.0.0.1:${DEFAULT_PORTS[name as SubgraphName] ?? 0}/graphql` }));
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  const apiSchemaSdl = `${printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()))}\n`;
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl };
}

/** Composes the five subgraph schemas into the supergraph the gateway serves; throws with every composition error. */
export function composeSupergraph(subgraphs: { name: string; typeDefs: DocumentNode }[] = schemaFiles()): string {
  return compose(subgraphs).supergraphSdl;
}

if (require.main === module) {
  try {
    const { supergraphSdl, apiSchemaSdl } = compose();
    const outputs = [
      { file: SUPERGRAPH_FILE, sdl: supergraphSdl },
      { file: API_SCHEMA_FILE, sdl: apiSchemaSdl },
    ];
    if (process.argv.includes('--check')) {
      const stale = outputs.filter(({ file, sdl }) => (existsSync(file) ? readFileSync(file, 'utf8') : '') !== sdl).map(({ file }) => path.relative(ROOT, file));
      if (stale.length) throw new Error(`${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} stale: run pnpm compose and commit`);
      process.stdout.write('supergraph and API schema are up to date\n');
      process.exit(0);
    }
    for (const { file, sdl } of outputs) {
      writeFileSync(file, sdl);
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
