import { Client } from 'pg';

/** The server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function onMaintenance<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return `"${name}"`;
};

/** Creates the database named in url if it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseOf(url);
  await onMaintenance(url, async (client) => {
    const { rowCount } = await client.query('/* databaseExists */ SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE ${ident(name)}`);
      } catch (error) {
        // another process may have created it between the check and the create
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseOf(url);
  await onMaintenance(url, (client) => client.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}
