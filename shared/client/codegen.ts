import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for clients (graphql-codegen's client preset) from the gateway's API schema,
 * and the trusted-documents manifest: every operation's sha256 hash and text, which the
 * gateway can be set to require (TRUSTED_DOCUMENTS=require).
 */
const config: CodegenConfig = {
  schema: '../../gateway/api-schema.graphql',
  documents: ['src/**/*.ts', '!src/__generated__/**', '!src/**/*.spec.ts', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        scalars: { Date: 'string', DateTime: 'string', Fen: 'number' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
