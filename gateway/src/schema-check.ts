import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { API_SCHEMA_FILE, ROOT } from './compose';

/** A breaking change made on purpose, listed in gateway/breaking-changes.json with the reason. */
export interface DeliberateBreak {
  /** The change's type as graphql-inspector names it, e.g. FIELD_REMOVED. */
  type: string;
  /** The schema coordinate, e.g. Area.name or Query.houses.filter. */
  path: string;
  /** Why clients may be broken (who was told, what replaces it). */
  reason: string;
}

/** One client operation document and where it was found. */
export interface ClientDocument {
  source: string;
  document: string;
}

export interface SchemaCheckResult {
  /** Breaking changes not listed as deliberate: each fails the check. */
  breaking: Change[];
  /** Breaking changes listed as deliberate. */
  deliberate: Change[];
  /** Every other change (dangerous or safe), for the log. */
  other: Change[];
  /** Client documents that do not validate against the new schema: each fails the check. */
  invalidDocuments: { source: string; errors: string[] }[];
  ok: boolean;
}

export const BREAKING_CHANGES_FILE = path.join(ROOT, 'gateway', 'breaking-changes.json');

/** The folders whose operations are the repository's clients (documents in code, *.graphql operation files, examples in the docs). */
export const CLIENT_DIRS = ['shared/client/src', 'apps', 'docs'];

export function readDeliberateBreaks(file = BREAKING_CHANGES_FILE): DeliberateBreak[] {
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { changes?: DeliberateBreak[] };
  return parsed.changes ?? [];
}

const listed = (change: Change, breaks: DeliberateBreak[]) => breaks.some((b) => b.type === change.type && b.path === change.path);

/**
 * Compares the API schema clients had against the new one, and checks every client
 * operation against the new one. Fails on a breaking change not listed as deliberate and on
 * any client document the new schema no longer accepts (listed or not: that client breaks).
 */
export async function checkSchemaChange(input: {
  oldSdl: string | null;
  newSdl: string;
  documents: ClientDocument[];
  deliberate?: DeliberateBreak[];
}): Promise<SchemaCheckResult> {
  const newSchema = buildSchema(input.newSdl);
  const changes = input.oldSdl ? await diff(buildSchema(input.oldSdl), newSchema) : [];
  const breaks = input.deliberate ?? [];
  const breakingAll = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const breaking = breakingAll.filter((c) => !listed(c, breaks));
  const deliberate = breakingAll.filter((c) => listed(c, breaks));
  const other = changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking);
  const invalidDocuments = validateDocuments(newSchema, input.documents);
  return { breaking, deliberate, other, invalidDocuments, ok: breaking.length === 0 && invalidDocuments.length === 0 };
}

/** Validates each document against the schema; fragments may come from any other client document. */
export function validateDocuments(schema: GraphQLSchema, documents: ClientDocument[]): { source: string; errors: string[] }[] {
  const parsed: { source: string; document?: DocumentNode; error?: string }[] = documents.map(({ source, document }) => {
    try {
      return { source, document: parse(document) };
    } catch (error) {
      return { source, error: (error as Error).message };
    }
  });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of parsed)
    for (const definition of document?.definitions ?? []) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const rules = specifiedRules.filter((rule) => rule.name !== 'NoUnusedFragmentsRule');
  const invalid: { source: string; errors: string[] }[] = [];
  for (const { source, document, error } of parsed) {
    if (!document) {
      invalid.push({ source, errors: [error!] });
      continue;
    }
    const own = new Set(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => (d as FragmentDefinitionNode).name.value));
    const definitions: DefinitionNode[] = [...document.definitions, ...[...fragments.values()].filter((f) => !own.has(f.name.value))];
    const errors = validate(schema, { ...document, definitions }, rules);
    if (errors.length) invalid.push({ source, errors: errors.map((e) => e.message) });
  }
  return invalid;
}

function walk(dir: string, files: string[] = []): string[] {
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === '__generated__' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, files);
    else files.push(full);
  }
  return files;
}

/** Operations only: a schema (SDL) text is not a client's document; text that does not parse is kept so it fails. */
function executable(text: string): boolean {
  try {
    return parse(text).definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION);
  } catch {
    return true;
  }
}

/** A file's operations: graphql(`…`) and gql`…` literals in code, a whole *.graphql operation file, ```graphql blocks in Markdown. */
export function documentsInFile(file: string, text = readFileSync(file, 'utf8')): ClientDocument[] {
  const source = path.relative(ROOT, file);
  const line = (index: number) => text.slice(0, index).split('\n').length;
  if (file.endsWith('.graphql') || file.endsWith('.gql')) return executable(text) ? [{ source, document: text }] : [];
  if (file.endsWith('.md'))
    return [...text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)]
      .filter((match) => executable(match[1]))
      .map((match) => ({ source: `${source}:${line(match.index)}`, document: match[1] }));
  if (!/\.(ts|tsx|js|jsx)$/.test(file) || /\.(spec|test)\.tsx?$/.test(file)) return [];
  const found: ClientDocument[] = [];
  for (const match of text.matchAll(/\b(?:graphql\(\s*|gql)`([^`]*)`/g))
    if (!match[1].includes('${')) found.push({ source: `${source}:${line(match.index)}`, document: match[1] });
  return found;
}

/** Every operation document the repository's clients send. */
export function collectClientDocuments(root = ROOT, dirs = CLIENT_DIRS): ClientDocument[] {
  return dirs.flatMap((dir) => walk(path.join(root, dir)).flatMap((file) => documentsInFile(file)));
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The commit whose API schema clients have: SCHEMA_BASE when set; on a branch, where it
 * left main; on main itself, the commit before (a merge's first parent, i.e. main before it).
 */
export function baseRef(): string | null {
  if (process.env.SCHEMA_BASE) return process.env.SCHEMA_BASE;
  const head = git(['rev-parse', 'HEAD']);
  const forkPoint = git(['merge-base', 'HEAD', 'main']);
  if (forkPoint && forkPoint !== head) return forkPoint;
  return git(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
}

function describe(change: Change): string {
  return `  - ${change.type} ${change.path ?? ''}: ${change.message}`;
}

async function main(): Promise<number> {
  const ref = baseRef();
  const relative = path.relative(ROOT, API_SCHEMA_FILE);
  const oldSdl = ref ? git(['show', `${ref}:${relative}`]) : null;
  const result = await checkSchemaChange({
    oldSdl,
    newSdl: readFileSync(API_SCHEMA_FILE, 'utf8'),
    documents: collectClientDocuments(),
    deliberate: readDeliberateBreaks(),
  });
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    oldSdl
      ? `API schema compared with ${ref!.slice(0, 12)}`
      : `no earlier API schema (${ref ? `none at ${ref.slice(0, 12)}` : 'no base commit'}): checking client documents only`,
  );
  if (result.other.length) out(`${result.other.length} safe or dangerous changes`);
  if (result.deliberate.length) out(`deliberate breaking changes (gateway/breaking-changes.json):\n${result.deliberate.map(describe).join('\n')}`);
  if (result.breaking.length)
    out(
      `BREAKING changes clients were not told about:\n${result.breaking.map(describe).join('\n')}\n  (keep the old field with @deprecated, or list the change in gateway/breaking-changes.json with the reason)`,
    );
  for (const { source, errors } of result.invalidDocuments) out(`client operation ${source} no longer validates:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  out(result.ok ? `schema check passed (${collectClientDocuments().length} client documents valid)` : 'schema check failed');
  return result.ok ? 0 : 1;
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
