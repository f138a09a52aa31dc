import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './backing';

/** The secrets of a development district: generated once per checkout, never the strings committed in the repository. */
export interface DevSecrets {
  /** Signs the gateway's tokens to the subgraphs. */
  INTERNAL_JWT_SECRET: string;
  /** Signs the demo callers' tokens (`./linli start`, `pnpm token`). */
  AUTH_JWT_SECRET: string;
  /** Personal-data encryption keys, `kid:base64key`. */
  PII_KEYS: string;
  BLIND_INDEX_KEY: string;
}

const NAMES: (keyof DevSecrets)[] = ['INTERNAL_JWT_SECRET', 'AUTH_JWT_SECRET', 'PII_KEYS', 'BLIND_INDEX_KEY'];

export function generateSecrets(): DevSecrets {
  return {
    INTERNAL_JWT_SECRET: randomBytes(32).toString('base64url'),
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    PII_KEYS: `d${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
}

/**
 * Reads `.data/secrets.json`, creating it (mode 0600, gitignored with the rest of .data) with
 * fresh random secrets the first time. A variable set in the environment wins over the file.
 * `created` tells the runner that data encrypted under earlier keys cannot be read any more.
 */
export function devSecrets(dir = DATA_DIR, env: NodeJS.ProcessEnv = process.env): { secrets: DevSecrets; created: boolean } {
  const file = path.join(dir, 'secrets.json');
  let stored: Partial<DevSecrets> = {};
  let created = false;
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
  if (NAMES.some((name) => !stored[name])) {
    stored = { ...generateSecrets(), ...stored };
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    created = true;
  }
  const secrets = Object.fromEntries(NAMES.map((name) => [name, env[name] || stored[name]!])) as unknown as DevSecrets;
  return { secrets, created };
}
