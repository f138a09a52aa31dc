import { createContext, useContext, useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LinliClient, RequestError } from '@linli/client';

export type Request = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) => Promise<TData>;

/**
 * The client for the signed-in caller. A refused token (expired, revoked, from another
 * issuer) signs the user out with the gateway's reason, back to the sign-in screen.
 */
export function makeRequest(gatewayUrl: string, token: string, onUnauthenticated: (reason: string) => void): Request {
  const client = new LinliClient({ url: gatewayUrl, token: () => token });
  return async (document, variables) => {
    try {
      return await client.request(document, variables);
    } catch (error) {
      if (error instanceof RequestError && error.unauthenticated) onUnauthenticated(error.message);
      throw error;
    }
  };
}

export const Api = createContext<Request>(() => Promise.reject(new Error('not signed in')));

export const useRequest = () => useContext(Api);

export interface Loaded<T> {
  data?: T;
  error?: Error;
  loading: boolean;
}

/** Runs a load when its inputs change; a late answer for old inputs is dropped. */
export function useLoad<T>(load: () => Promise<T>, inputs: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, inputs);
  return state;
}
