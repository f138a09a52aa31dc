import type { NextFunction, Request, Response } from 'express';

/** Request headers a browser client may send: the token, the JSON body, a correlation id, Apollo's CSRF header. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'];
/** Response headers a browser client may read: the correlation id and how long to wait after a rate limit. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];

/** The allow-list from CORS_ORIGINS: origins separated by commas, compared exactly (scheme, host and port). */
export function parseOrigins(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

/**
 * CORS for the gateway. A preflight is answered here, before any token check, because a
 * browser never sends credentials on one. An origin off the list gets no CORS headers at
 * all, so the browser refuses to hand the answer to its page.
 */
export function cors(origins: string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    // answers differ by origin: a shared cache must not hand one origin's answer to another
    res.vary('Origin');
    const permitted = typeof origin === 'string' && allowed.has(origin);
    if (permitted) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (permitted) {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader('access-control-allow-headers', ALLOWED_HEADERS.join(', '));
        res.setHeader('access-control-max-age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}
