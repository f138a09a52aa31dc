import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LinliClient, RequestError } from '@linli/client';
import { probeSubgraph as probe } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';

const WHOAMI = 'query Whoami { whoami { id roles } }';
const NODES = 'query Nodes($n: Int) { nodes(first: $n) { id } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A manifest as @linli/client's codegen writes it, for the probe subgraph's operations. */
function manifest(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-trusted-'));
  const file = path.join(dir, 'persisted-documents.json');
  writeFileSync(file, JSON.stringify({ [sha256(WHOAMI)]: WHOAMI, [sha256(NODES)]: NODES }));
  return file;
}

async function post(fed: TestFederation, token: string, body: Record<string, unknown>) {
  const response = await fetch(fed.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
}

describe('trusted documents required (production setting)', () => {
  let fed: TestFederation;
  let token: string;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_PATH: manifest() } });
    token = await tokenFor('GRID_WORKER', ['440118001001001'], { sub: 'worker' });
  });
  afterAll(() => fed.stop());

  it('runs a document named by its hash alone', async () => {
    const result = await post(fed, token, { documentId: sha256(NODES), variables: { n: 2 } });
    expect(result).toEqual({ status: 200, body: { data: { nodes: [{ id: 'n0' }, { id: 'n1' }] } } });
  });

  it('runs the manifest’s text, never other text sent with a known hash', async () => {
    const result = await post(fed, token, { documentId: sha256(WHOAMI), query: '{ nodes(first: 3) { id } }' });
    expect(result.body.data).toEqual({ whoami: { id: 'worker', roles: ['GRID_WORKER'] } });
  });

  it('accepts the hash in Apollo’s persisted-query extension too', async () => {
    const result = await post(fed, token, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(WHOAMI) } } });
    expect(result.body.data.whoami.id).toBe('worker');
  });

  it('refuses an operation sent as text only, saying a documentId is required', async () => {
    const result = await post(fed, token, { query: WHOAMI });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]).toMatchObject({
      extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
      message: expect.stringMatching(/trusted documents only.*documentId/),
    });
  });

  it('refuses an unknown hash with a clear error, even when the text comes along', async () => {
    const unknown = sha256('query Other { whoami { id } }');
    const result = await post(fed, token, { documentId: unknown, query: 'query Other { whoami { id } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions.code).toBe('TRUSTED_DOCUMENT_UNKNOWN');
    expect(result.body.errors?.[0].message).toMatch(new RegExp(`unknown trusted document ${unknown.slice(0, 16)}.*manifest`));
  });

  it('refuses GET operations', async () => {
    const response = await fetch(`${fed.gateway.url}?query=${encodeURIComponent(WHOAMI)}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('serves @linli/client sending hashes only, and tells it when the token has expired', async () => {
    const document = Object.assign(parse(NODES), { __meta__: { hash: sha256(NODES) } }) as unknown as TypedDocumentNode<
      { nodes: { id: string }[] },
      { n: number }
    >;
    const client = new LinliClient({ url: fed.gateway.url, token: () => token, sendQuery: false });
    expect(await client.request(document, { n: 1 })).toEqual({ nodes: [{ id: 'n0' }] });
    const expired = await tokenFor('GRID_WORKER', ['440118001001001'], {}, Math.floor(Date.now() / 1000) - 60);
    const refused = await new LinliClient({ url: fed.gateway.url, token: () => expired }).request(document, { n: 1 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RequestError);
    expect((refused as RequestError).unauthenticated).toBe(true);
    expect((refused as RequestError).message).toMatch(/invalid token.*exp/);
  });
});

describe('trusted documents allowed (development setting)', () => {
  let fed: TestFederation;
  let token: string;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_PATH: manifest() } });
    token = await tokenFor('GRID_WORKER', ['440118001001001'], { sub: 'worker' });
  });
  afterAll(() => fed.stop());

  it('runs known hashes and operations sent as text, and refuses unknown hashes', async () => {
    expect((await post(fed, token, { documentId: sha256(WHOAMI) })).body.data.whoami.id).toBe('worker');
    expect((await post(fed, token, { query: '{ nodes(first: 1) { id } }' })).body.data).toEqual({ nodes: [{ id: 'n0' }] });
    expect((await post(fed, token, { documentId: 'f'.repeat(64), query: WHOAMI })).body.errors?.[0].extensions.code).toBe('TRUSTED_DOCUMENT_UNKNOWN');
  });
});

describe('trusted documents off', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe]);
  });
  afterAll(() => fed.stop());

  it('ignores a documentId and runs the text sent', async () => {
    const token = await tokenFor('GRID_WORKER', ['440118001001001'], { sub: 'worker' });
    expect((await post(fed, token, { documentId: 'f'.repeat(64), query: WHOAMI })).body.data.whoami.id).toBe('worker');
  });
});
