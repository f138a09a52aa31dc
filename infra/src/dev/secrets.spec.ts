import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PiiCipher } from '@linli/auth';
import { DEV_BLIND_INDEX_KEY, DEV_INTERNAL_SECRET, DEV_JWT_SECRET, DEV_PII_KEYS, serviceEnvSchema } from '@linli/config';
import { devSecrets } from './secrets';

describe('the development secrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'linli-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are generated once into secrets.json, readable by the owner only, and none is a committed default', () => {
    const first = devSecrets(dir, {});
    expect(first.created).toBe(true);
    expect(statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(Object.values(first.secrets)).not.toEqual(expect.arrayContaining([DEV_INTERNAL_SECRET, DEV_JWT_SECRET, DEV_PII_KEYS, DEV_BLIND_INDEX_KEY]));
    const second = devSecrets(dir, {});
    expect(second).toEqual({ secrets: first.secrets, created: false });
    expect(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8'))).toEqual(first.secrets);
  });

  it('differ from one checkout to the next', () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'linli-secrets-'));
    try {
      expect(devSecrets(other, {}).secrets.INTERNAL_JWT_SECRET).not.toEqual(devSecrets(dir, {}).secrets.INTERNAL_JWT_SECRET);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('are valid settings for the services and working personal-data keys', () => {
    const { secrets } = devSecrets(dir, {});
    const env = serviceEnvSchema.parse({ DATABASE_URL: 'postgres://x@127.0.0.1/x', ...secrets, AUTH_JWT_SECRET: undefined });
    const cipher = new PiiCipher({ keys: env.PII_KEYS, blindIndexKey: env.BLIND_INDEX_KEY });
    expect(cipher.decrypt(cipher.encrypt('440118199001011234'))).toBe('440118199001011234');
  });

  it('yield to a value set in the environment', () => {
    expect(devSecrets(dir, { AUTH_JWT_SECRET: 'from-the-environment-0123456789abcdef' }).secrets.AUTH_JWT_SECRET).toBe('from-the-environment-0123456789abcdef');
  });

  it('are what the dev runner and pnpm token use: no committed development secret is left in them', () => {
    for (const file of ['start.ts', 'prepare.ts', 'token.ts']) expect(readFileSync(path.join(__dirname, file), 'utf8')).not.toMatch(/DEV_(JWT|INTERNAL|PII|BLIND)/);
  });

  it('leave the services and the gateway on the loopback interface unless HOST says otherwise', () => {
    expect(serviceEnvSchema.parse({ DATABASE_URL: 'postgres://x@127.0.0.1/x' }).HOST).toBe('127.0.0.1');
    expect(serviceEnvSchema.parse({ DATABASE_URL: 'postgres://x@127.0.0.1/x', HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });
});
