import { ConfigError, loadEnv, serviceEnvSchema } from './index';

describe('a service’s configuration', () => {
  it('names every bad or missing variable at once', () => {
    try {
      loadEnv('housing', serviceEnvSchema, { PORT: '-1', NATS_URL: 'http://x', DB_POOL_SIZE: 'many' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const fields = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
      expect(fields).toEqual(['DATABASE_URL', 'DB_POOL_SIZE', 'NATS_URL', 'PORT']);
    }
  });

  it('refuses the development keys in production', () => {
    expect(() => loadEnv('housing', serviceEnvSchema, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/housing' })).toThrow(/PII_KEYS: the development default/);
  });

  it('fills defaults for development', () => {
    const env = loadEnv('housing', serviceEnvSchema, { DATABASE_URL: 'postgres://127.0.0.1/linli_housing' });
    expect(env).toMatchObject({ NODE_ENV: 'development', NATS_URL: 'nats://127.0.0.1:4222', MIGRATE_ON_START: true, NATS_NAMESPACE: '' });
  });
});
