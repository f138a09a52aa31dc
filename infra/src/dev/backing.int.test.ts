import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '@linli/testing';
import { startEmbeddedPostgres } from './backing';

describe('the embedded PostgreSQL fallback', () => {
  it('starts a real PostgreSQL from the npm binaries when no server is running, and stops it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linli-pg-test-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const pg = await startEmbeddedPostgres(path.join(dir, 'data'), port);
    try {
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS version`);
      await client.end();
      expect(rows[0].version).toBeGreaterThanOrEqual(150000);
    } finally {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
