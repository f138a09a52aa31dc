import { readFileSync } from 'node:fs';
import { parse, print, visit } from 'graphql';
import { API_SCHEMA_FILE, compose } from './compose';
import { checkSchemaChange, collectClientDocuments, documentsInFile, readDeliberateBreaks } from './schema-check';

const committed = readFileSync(API_SCHEMA_FILE, 'utf8');

/** The SDL with one field of one type removed, as a careless schema change would. */
function withoutField(sdl: string, typeName: string, fieldName: string): string {
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition(node) {
        if (node.name.value !== typeName) return undefined;
        return { ...node, fields: node.fields?.filter((f) => f.name.value !== fieldName) };
      },
    }),
  );
}

const client = [{ source: 'apps/example/area.ts:1', document: 'query AreaName($code: ID!) { area(code: $code) { code name } }' }];

describe('the schema-change check', () => {
  it('passes when the API schema is unchanged and every client document validates', async () => {
    const result = await checkSchemaChange({ oldSdl: committed, newSdl: committed, documents: client });
    expect(result).toMatchObject({ ok: true, breaking: [], invalidDocuments: [] });
  });

  it('fails when a field a client uses is removed, naming the change and the client’s document', async () => {
    const result = await checkSchemaChange({ oldSdl: committed, newSdl: withoutField(committed, 'Area', 'name'), documents: client });
    expect(result.ok).toBe(false);
    expect(result.breaking.map((c) => [c.type, c.path])).toEqual([['FIELD_REMOVED', 'Area.name']]);
    expect(result.invalidDocuments).toEqual([
      { source: 'apps/example/area.ts:1', errors: [expect.stringMatching(/Cannot query field "name" on type "Area"/)] },
    ]);
  });

  it('still fails when that removal is listed as deliberate: the client that uses the field would break', async () => {
    const result = await checkSchemaChange({
      oldSdl: committed,
      newSdl: withoutField(committed, 'Area', 'name'),
      documents: client,
      deliberate: [{ type: 'FIELD_REMOVED', path: 'Area.name', reason: 'test' }],
    });
    expect(result.breaking).toEqual([]);
    expect(result.deliberate.map((c) => c.path)).toEqual(['Area.name']);
    expect(result.ok).toBe(false);
  });

  it('fails on removing a field no client uses unless it is listed as deliberate, and passes when listed', async () => {
    const newSdl = withoutField(committed, 'Query', 'checklist');
    const unlisted = await checkSchemaChange({ oldSdl: committed, newSdl, documents: client });
    expect(unlisted.ok).toBe(false);
    expect(unlisted.breaking.map((c) => c.path)).toEqual(['Query.checklist']);
    const listed = await checkSchemaChange({
      oldSdl: committed,
      newSdl,
      documents: client,
      deliberate: [{ type: 'FIELD_REMOVED', path: 'Query.checklist', reason: 'replaced by inspectionChecklist' }],
    });
    expect(listed).toMatchObject({ ok: true, breaking: [], invalidDocuments: [] });
  });

  it('lets an added field through as safe', async () => {
    const newSdl = committed.replace(/type Area \{/, 'type Area {\n  """A nickname."""\n  nickname: String\n');
    const result = await checkSchemaChange({ oldSdl: committed, newSdl, documents: client });
    expect(result.ok).toBe(true);
    expect(result.other.map((c) => c.type)).toContain('FIELD_ADDED');
  });

  it('fails a client document with a syntax error', async () => {
    const result = await checkSchemaChange({ oldSdl: null, newSdl: committed, documents: [{ source: 'x.graphql', document: 'query { area(code: "1") { ' }] });
    expect(result.ok).toBe(false);
    expect(result.invalidDocuments[0].source).toBe('x.graphql');
  });

  it('finds documents in graphql(`…`) calls and in operation files, but not in schema files', () => {
    expect(documentsInFile('/repo/app/q.ts', 'const Q = graphql(`\n  query A { whoami { id } }\n`);\nconst R = gql`{ b }`;')).toHaveLength(2);
    expect(documentsInFile('/repo/app/q.graphql', 'query A { whoami { id } }')).toHaveLength(1);
    expect(documentsInFile('/repo/app/schema.graphql', 'type Query { a: Int }')).toEqual([]);
    const markdown = 'Ask:\n\n```graphql\nquery A { whoami { id } }\n```\n\nSchema:\n\n```graphql\ntype Query { a: Int }\n```\n';
    expect(documentsInFile('/repo/docs/api.md', markdown)).toEqual([{ source: expect.stringMatching(/api\.md:3$/), document: 'query A { whoami { id } }\n' }]);
  });

  it('accepts the repository’s own clients against the committed API schema, which is what composition gives today', async () => {
    expect(compose().apiSchemaSdl).toBe(committed);
    expect(committed).not.toMatch(/join__|link__|_Entity|_service/);
    const result = await checkSchemaChange({ oldSdl: committed, newSdl: committed, documents: collectClientDocuments(), deliberate: readDeliberateBreaks() });
    expect(result.invalidDocuments).toEqual([]);
  });
});
