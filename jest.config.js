/**
 * One jest run for the whole workspace. Tiers by file name: *.spec.ts (pure rules),
 * *.int.test.ts (real PostgreSQL and NATS), *.e2e.test.ts (through the gateway).
 * Workspace packages are mapped to their TypeScript sources, so tests need no build.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/infra', '<rootDir>/apps'],
  testMatch: ['**/?(*.)+(spec|test).ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@linli/gateway$': '<rootDir>/gateway/src',
    '^@linli/(housing|population|organizations|mediation|volunteering)$': '<rootDir>/services/$1/src',
    '^@linli/infra$': '<rootDir>/infra/src',
    '^@linli/dashboard$': '<rootDir>/apps/dashboard/server/serve.ts',
    '^@linli/infra/testing$': '<rootDir>/infra/src/testing/federation',
    '^@linli/([a-z-]+)$': '<rootDir>/shared/$1/src',
  },
  testTimeout: 60_000,
  maxWorkers: process.env.JEST_WORKERS ?? 2,
  setupFiles: ['<rootDir>/infra/jest.setup.js'],
};
