import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** The dashboard package's folder (this file runs from server/ in tests and from dist-server/ when built). */
export const DASHBOARD_DIR = path.resolve(__dirname, '..');
export const DASHBOARD_DIST = path.join(DASHBOARD_DIR, 'dist');
const CLIENT_SRC = path.resolve(DASHBOARD_DIR, '../../shared/client/src');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function newest(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(target)
      .filter((name) => name !== 'node_modules')
      .map((name) => newest(path.join(target, name))),
  );
}

/** Builds the dashboard with Vite when dist is missing or older than its sources (or @linli/client's). */
export function ensureDashboardBuilt(log: (line: string) => void = () => undefined): void {
  const built = newest(path.join(DASHBOARD_DIST, 'index.html'));
  const sources = Math.max(
    newest(path.join(DASHBOARD_DIR, 'src')),
    newest(path.join(DASHBOARD_DIR, 'index.html')),
    newest(path.join(DASHBOARD_DIR, 'vite.config.ts')),
    newest(CLIENT_SRC),
  );
  if (built > sources) return;
  log('building the dashboard (vite build)…');
  // vite's package exports hide its bin: run it from the package's own node_modules
  const vite = path.join(DASHBOARD_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: DASHBOARD_DIR, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dashboard build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface DashboardServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the built dashboard on its own port (its own origin, so the gateway must list it in
 * CORS_ORIGINS), with /config.json telling the page where the gateway is.
 */
export async function serveDashboard(options: { gatewayUrl: string | (() => string); port?: number; host?: string; dist?: string }): Promise<DashboardServer> {
  const dist = options.dist ?? DASHBOARD_DIST;
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no built dashboard in ${dist}: run pnpm --filter @linli/dashboard build`);
  const gatewayUrl = typeof options.gatewayUrl === 'function' ? options.gatewayUrl : () => options.gatewayUrl as string;
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(JSON.stringify({ gatewayUrl: gatewayUrl() }));
      return;
    }
    const file = path.resolve(dist, `.${pathname}`);
    // never outside dist; an unknown path is the app's own page
    const inside = file.startsWith(dist + path.sep) && existsSync(file) && statSync(file).isFile();
    const target = inside ? file : path.join(dist, 'index.html');
    const immutable = inside && pathname.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(target));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
