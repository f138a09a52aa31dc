import { loadEnv, ConfigError } from '@linli/config';
import { gatewayEnvSchema } from './env';

describe('the gateway’s configuration', () => {
  it('refuses to run in production with the development secrets, naming each', () => {
    try {
      loadEnv('gateway', gatewayEnvSchema, { NODE_ENV: 'production' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toMatch(/AUTH_JWT_SECRET: the development default/);
      expect((error as ConfigError).problems.join('\n')).toMatch(/INTERNAL_JWT_SECRET: the development default/);
    }
  });

  it('reports every bad variable at once', () => {
    try {
      loadEnv('gateway', gatewayEnvSchema, { PORT: 'eighty', MAX_DEPTH: '0', HOUSING_URL: 'not a url' });
      throw new Error('accepted');
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/MAX_DEPTH/);
      expect(problems).toMatch(/HOUSING_URL/);
    }
  });

  it('starts in development with nothing set', () => {
    expect(loadEnv('gateway', gatewayEnvSchema, {}).PORT).toBe(4000);
  });
});
