import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type express from 'express';
import type { Logger } from 'pino';
import { sanitizeClientRequestId, TokenError, type CallerVerifier, type Viewer } from '@linli/auth';
import { MemoryLimiter, type Limiter } from './rate-limit';

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export interface AdmissionOptions {
  verify: CallerVerifier;
  limiter: Limiter;
  /** Requests a minute for one caller (the token's subject), across every replica sharing the limiter. */
  perCaller: number;
  /** Requests a minute from one address that bring no token or an invalid one. */
  perAddress: number;
  log: Logger;
}

/**
 * Who may pass: mints the request id (a caller's own x-request-id is only kept, sanitised, as
 * x-client-request-id), verifies the token (401 with the reason), and limits the rate, per
 * caller for valid tokens and per address for missing or invalid ones, so a flood of bad tokens
 * is throttled like any other. When the shared limiter cannot answer (its database is down),
 * this replica counts on its own rather than letting everything through or nothing.
 */
export function admitCaller(options: AdmissionOptions): express.RequestHandler {
  const local = new MemoryLimiter();
  const take = async (key: string, perMinute: number) => {
    try {
      return await options.limiter.take(key, perMinute);
    } catch (error) {
      options.log.error({ err: error }, 'shared rate limiter failed; limiting in this replica');
      return local.take(key, perMinute);
    }
  };
  const limited = (res: express.Response, wait: number, perMinute: number) => {
    res.setHeader('retry-after', String(wait));
    res.status(429).json(errorBody(`rate limit of ${perMinute} requests a minute exceeded; retry in ${wait} s`, 'RATE_LIMITED'));
  };
  return async (req, res, next) => {
    const requestId = randomUUID();
    const clientRequestId = sanitizeClientRequestId(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    if (clientRequestId) res.setHeader('x-client-request-id', clientRequestId);
    const refuse = async (message: string) => {
      const wait = await take(`address:${req.socket.remoteAddress ?? 'unknown'}`, options.perAddress);
      if (wait > 0) return limited(res, wait, options.perAddress);
      res.status(401).json(errorBody(message, 'UNAUTHENTICATED'));
    };
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match) return refuse('missing token: send Authorization: Bearer <token>');
    let viewer: Viewer;
    try {
      viewer = await options.verify(match[1], requestId, clientRequestId);
    } catch (error) {
      return refuse(`invalid token: ${error instanceof TokenError ? error.message : 'token could not be verified'}`);
    }
    const wait = await take(`caller:${viewer.id}`, options.perCaller);
    if (wait > 0) return limited(res, wait, options.perCaller);
    res.locals.viewer = viewer;
    res.locals.requestId = requestId;
    next();
  };
}

const HEADER_OVERFLOW = JSON.stringify(errorBody('request headers exceed the maximum size', 'REQUEST_HEADER_FIELDS_TOO_LARGE'));

/**
 * Oversized headers (Node's maxHeaderSize) answer 431 with a JSON reason instead of Node's bare
 * status line; other malformed requests answer 400 and close.
 */
export function answerClientErrors(server: http.Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = tooLarge ? HEADER_OVERFLOW : JSON.stringify(errorBody('malformed HTTP request', 'BAD_REQUEST'));
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}
