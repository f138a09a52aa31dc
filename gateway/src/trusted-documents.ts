import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/**
 * require: only operations in the manifest run (production);
 * allow:   manifest operations run by their hash, and any other operation is accepted too;
 * off:     hashes are ignored, every operation is accepted.
 */
export type TrustedDocumentsMode = 'require' | 'allow' | 'off';

/** The manifest @linli/client's codegen writes: sha256 hash → operation text. */
export function defaultManifestPath(): string {
  return path.join(path.dirname(require.resolve('@linli/client/package.json')), 'src', '__generated__', 'persisted-documents.json');
}

export function loadTrustedDocuments(file: string = defaultManifestPath()): Map<string, string> {
  if (!existsSync(file)) throw new Error(`trusted documents manifest not found at ${file}: run pnpm codegen, or set TRUSTED_DOCUMENTS_PATH`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) if (typeof text === 'string') documents.set(hash.replace(/^sha256:/, ''), text);
  return documents;
}

function refuse(res: Response, status: number, message: string, code: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The id a request names its document by: documentId (trusted documents) or Apollo's persisted-query hash. */
function requestedId(body: Record<string, any>): string | undefined {
  const id = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id.replace(/^sha256:/, '') : undefined;
}

/**
 * Resolves trusted documents on /graphql after the caller is known and the body parsed: a
 * known hash runs the manifest's text (never text the client sent with it); an unknown hash
 * is refused; with require, an operation sent as text only is refused.
 */
export function trustedDocuments(mode: TrustedDocumentsMode, documents: Map<string, string>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (mode === 'off') {
      if (req.body && typeof req.body === 'object') delete req.body.documentId;
      return next();
    }
    if (req.method !== 'POST') {
      if (mode === 'require') return refuse(res, 400, 'this gateway runs trusted documents only: POST the operation’s documentId', 'TRUSTED_DOCUMENT_REQUIRED');
      return next();
    }
    const body = req.body as Record<string, any> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      if (mode === 'require')
        return refuse(res, 400, 'this gateway runs trusted documents only: send one operation with its documentId', 'TRUSTED_DOCUMENT_REQUIRED');
      return next();
    }
    const id = requestedId(body);
    if (id === undefined) {
      if (mode === 'require')
        return refuse(
          res,
          400,
          'this gateway runs trusted documents only: send the operation’s documentId (the hash in @linli/client’s manifest), not its text',
          'TRUSTED_DOCUMENT_REQUIRED',
        );
      return next();
    }
    const text = documents.get(id);
    if (!text)
      return refuse(
        res,
        400,
        `unknown trusted document ${id.slice(0, 16)}…: this gateway runs only the operations in its manifest; regenerate the client (pnpm codegen) and deploy the gateway with the new manifest`,
        'TRUSTED_DOCUMENT_UNKNOWN',
      );
    body.query = text;
    delete body.documentId;
    if (body.extensions?.persistedQuery) delete body.extensions.persistedQuery;
    next();
  };
}
