import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { signCallerToken, type Role } from '@linli/auth';
import { ensureDashboardBuilt, serveDashboard } from '@linli/dashboard';
import { DEMO_DISTRICT, FENGXINYUAN } from '@linli/demo';
import { DATA_DIR, ensureNats, ensurePostgres, type Backing } from './backing';
import { PORTS, SERVICES, type ServiceName } from './modules';
import { prepareService, serviceDatabaseUrl } from './prepare';
import { devSecrets } from './secrets';

const ROOT = path.resolve(__dirname, '../../..');
const GATEWAY_PORT = Number(process.env.PORT ?? 4000);
const DASHBOARD_PORT = Number(process.env.DASHBOARD_PORT ?? 5173);
const LOG_DIR = path.join(DATA_DIR, 'logs');

/** The demo callers: one token per role, scoped as such a person would be. */
const DEMO_CALLERS: { role: Role; areas: string[]; who: string }[] = [
  { role: 'DISTRICT_ADMIN', areas: [DEMO_DISTRICT], who: 'district admin of Zengcheng' },
  { role: 'STREET_ADMIN', areas: [FENGXINYUAN.slice(0, 9)], who: 'street admin of 荔城街道' },
  { role: 'COMMUNITY_WORKER', areas: [FENGXINYUAN], who: 'community worker of 凤馨苑社区' },
  { role: 'GRID_WORKER', areas: [`${FENGXINYUAN}001`], who: 'grid worker of 凤馨苑第1网格' },
  { role: 'MEDIATOR', areas: [FENGXINYUAN], who: 'mediator of 凤馨苑社区' },
  { role: 'ORG_STAFF', areas: [FENGXINYUAN], who: 'social-organisation staff in 凤馨苑社区' },
  { role: 'VOLUNTEER', areas: [FENGXINYUAN], who: 'a volunteer in 凤馨苑社区' },
  { role: 'INTEGRATOR', areas: [DEMO_DISTRICT], who: 'district data team (statistics only)' },
  { role: 'OPS', areas: [], who: 'operations (health, no personal data)' },
];

const children: { name: string; process: ChildProcess }[] = [];
const backings: Backing[] = [];

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function launch(name: string, script: string, env: Record<string, string>): ChildProcess {
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [path.join(ROOT, script)], { env: { ...process.env, NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`\n${name} exited (${signal ?? code}); see .data/logs/${name}.log. Stopping everything.`);
      void shutdown(1);
    }
  });
  children.push({ name, process: child });
  return child;
}

async function waitReady(name: string, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s; see .data/logs/${name}.log`);
}

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('\nStopping…');
    // stop only what this runner started, by the handles it holds
    await Promise.all(
      children.map(
        ({ process: child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    for (const backing of backings.reverse()) await backing.stop().catch(() => undefined);
  }
  process.exit(code);
}

async function main(): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  const postgres = await ensurePostgres();
  backings.push(postgres);
  const nats = await ensureNats();
  backings.push(nats);
  say(`PostgreSQL: ${postgres.origin}`);
  say(`NATS:       ${nats.origin}`);

  // generated once into .data/secrets.json: nobody can sign tokens or read the data with strings from the repository
  const { secrets, created } = devSecrets();
  const pii = { keys: secrets.PII_KEYS, blindIndexKey: secrets.BLIND_INDEX_KEY };
  // data encrypted under earlier keys cannot be read with new ones: start from a fresh district
  if (created) say('Generated development secrets in .data/secrets.json; the development databases start fresh.');
  for (const name of SERVICES) {
    const started = Date.now();
    const { migrated, seeded } = await prepareService(name, postgres.url, { seed: process.env.SEED_DEMO !== 'false', fresh: process.env.FRESH === 'true' || created, pii });
    say(`${name.padEnd(14)} database linli_${name}: ${migrated.length} migrations, ${seeded ? 'demo data seeded' : 'demo data present'} (${Date.now() - started} ms)`);
  }

  for (const name of SERVICES)
    launch(name, `services/${name}/dist/main.js`, {
      PORT: String(PORTS[name]),
      DATABASE_URL: serviceDatabaseUrl(postgres.url, name),
      NATS_URL: nats.url,
      MIGRATE_ON_START: 'false',
      INTERNAL_JWT_SECRET: secrets.INTERNAL_JWT_SECRET,
      PII_KEYS: secrets.PII_KEYS,
      BLIND_INDEX_KEY: secrets.BLIND_INDEX_KEY,
    });
  await Promise.all(SERVICES.map((name: ServiceName) => waitReady(name, `http://127.0.0.1:${PORTS[name]}/readyz`)));

  const subgraphUrls = Object.fromEntries(SERVICES.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${PORTS[name]}/graphql`]));
  // the dashboard is its own origin: the gateway lets it (and only it, unless CORS_ORIGINS adds more) call from a browser
  const dashboardOrigins = [`http://127.0.0.1:${DASHBOARD_PORT}`, `http://localhost:${DASHBOARD_PORT}`];
  const corsOrigins = [...dashboardOrigins, ...(process.env.CORS_ORIGINS ? [process.env.CORS_ORIGINS] : [])].join(',');
  launch('gateway', 'gateway/dist/main.js', {
    PORT: String(GATEWAY_PORT),
    CORS_ORIGINS: corsOrigins,
    TRUSTED_DOCUMENTS: process.env.TRUSTED_DOCUMENTS ?? 'allow',
    ...subgraphUrls,
    INTERNAL_JWT_SECRET: secrets.INTERNAL_JWT_SECRET,
    AUTH_JWT_SECRET: secrets.AUTH_JWT_SECRET,
  });
  await waitReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}/readyz`);

  ensureDashboardBuilt(say);
  await serveDashboard({ port: DASHBOARD_PORT, gatewayUrl: `http://127.0.0.1:${GATEWAY_PORT}/graphql` });

  say();
  say(`Linli is up. Gateway: http://127.0.0.1:${GATEWAY_PORT}/graphql   (logs in .data/logs/)`);
  say(`Dashboard: http://127.0.0.1:${DASHBOARD_PORT}/   (paste a token below to sign in)`);
  say(`Explorer:  http://127.0.0.1:${GATEWAY_PORT}/   (GraphiQL; paste a token in its Headers tab)`);
  say();
  say('Tokens for the demo district (valid 12 h; paste as  Authorization: Bearer <token>):');
  for (const caller of DEMO_CALLERS) {
    const token = await signCallerToken(
      { sub: `demo-${caller.role.toLowerCase()}`, name: caller.who, roles: [caller.role], areas: caller.areas },
      secrets.AUTH_JWT_SECRET,
      '12h',
    );
    say();
    say(`  ${caller.role} — ${caller.who}`);
    say(`  ${token}`);
  }
  say();
  say('Try:');
  say(`  curl -s http://127.0.0.1:${GATEWAY_PORT}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`);
  say(`    -d '{"query":"{ area(code: \\"${FENGXINYUAN}\\") { name population { residents migrants } } }"}'`);
  say();
  say('Ctrl-C stops everything this runner started.');
}

main().catch(async (error) => {
  process.stderr.write(`\n${(error as Error).message}\n`);
  await shutdown(1);
});
