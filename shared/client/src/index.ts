export * from './client';
// the typed documents (with their trusted-document hashes) and the schema's types, as generated from src/operations.ts
export * from './__generated__/graphql';
