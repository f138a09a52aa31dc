import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import * as client from './index';
import { documentId } from './client';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '__generated__', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const documents = Object.entries(client).filter(([name]) => name.endsWith('Document')) as [string, any][];

describe('the trusted-documents manifest', () => {
  it('names each operation by the sha256 hash of its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(0);
    for (const [hash, text] of Object.entries(manifest)) expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
  });

  it('holds every typed document the client exports, under the hash the document carries', () => {
    expect(documents.length).toBe(Object.keys(manifest).length);
    for (const [name, document] of documents) {
      const hash = documentId(document);
      expect({ name, known: hash !== undefined && hash in manifest }).toEqual({ name, known: true });
      expect(manifest[hash!].replace(/\s+/g, ' ')).toContain(`query ${name.replace(/Document$/, '')}`);
    }
  });

  it('keeps the operation text that the typed document carries', () => {
    const [, document] = documents.find(([name]) => name === 'AreaFiguresDocument')!;
    expect(print(document)).toMatch(/population\(period: \$period\)/);
  });
});
