import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type OperationDefinitionNode } from 'graphql';

/** A GraphQL error as the gateway answers it. */
export interface GatewayError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A request the gateway refused or answered with errors; code is the first error's code. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly errors: GatewayError[],
  ) {
    super(message);
    this.name = 'RequestError';
  }

  /** The token is missing, expired or not accepted: the user must sign in again. */
  get unauthenticated(): boolean {
    return this.status === 401 || this.code === 'UNAUTHENTICATED';
  }

  get forbidden(): boolean {
    return this.code === 'FORBIDDEN';
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The caller's token, read on every request so a new sign-in takes effect at once. */
  token: () => string | null | undefined;
  /** Send the document's text besides its hash; off when the gateway requires trusted documents and bytes matter. */
  sendQuery?: boolean;
  fetch?: typeof fetch;
}

/** The hash the client preset gives each document, which names it in the trusted-documents manifest. */
export function documentId(document: TypedDocumentNode<any, any>): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/**
 * A small client for Linli's gateway: posts a typed document with its trusted-document hash
 * (documentId) and answers the typed data, throwing RequestError on any GraphQL error.
 */
export class LinliClient {
  private readonly texts = new WeakMap<object, string>();

  constructor(private readonly options: ClientOptions) {}

  async request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const body: Record<string, unknown> = { operationName: operation?.name?.value, variables, documentId: documentId(document) };
    if (this.options.sendQuery !== false || !body.documentId) body.query = this.text(document);
    const token = this.options.token();
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await (this.options.fetch ?? fetch)(this.options.url, { method: 'POST', headers, body: JSON.stringify(body) });
    let payload: { data?: TData; errors?: GatewayError[] };
    try {
      payload = (await response.json()) as typeof payload;
    } catch {
      throw new RequestError(`the gateway answered ${response.status} without JSON`, response.status, undefined, []);
    }
    if (payload.errors?.length) {
      const [first] = payload.errors;
      throw new RequestError(first.message, response.status, first.extensions?.code, payload.errors);
    }
    if (!response.ok || payload.data === undefined) throw new RequestError(`the gateway answered ${response.status}`, response.status, undefined, []);
    return payload.data;
  }

  private text(document: TypedDocumentNode<any, any>): string {
    let text = this.texts.get(document);
    if (!text) {
      text = print(document);
      this.texts.set(document, text);
    }
    return text;
  }
}
