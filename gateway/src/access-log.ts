import type express from 'express';
import type { Logger } from 'pino';
import { newObserved, type GatewayMetrics, type Observed } from './metrics';

/**
 * One line per GraphQL request once its answer is sent: request id, operation name, HTTP status,
 * duration and the error codes. Never the query text, its variables or who asked: those may carry
 * personal data. The same figures feed the request metrics, so the log and the dashboard agree.
 */
export function accessLog(log: Logger, metrics: GatewayMetrics): express.RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    const observed: Observed = newObserved();
    res.locals.observed = observed;
    // the gateway's own refusals (401, 413, 429) answer with res.json before GraphQL runs
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      for (const error of (body as { errors?: { extensions?: { code?: string } }[] })?.errors ?? [])
        if (error.extensions?.code) observed.codes.add(error.extensions.code);
      return json(body);
    };
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (!observed.operation && req.body && typeof req.body === 'object')
        observed.operation = (req.body as { operationName?: string }).operationName ?? undefined;
      metrics.request(observed, res.statusCode, seconds);
      log.info(
        {
          requestId: res.getHeader('x-request-id'),
          operation: metrics.operationLabel(observed.operation),
          status: res.statusCode,
          durationMs: Math.round(seconds * 1_000_000) / 1_000,
          errors: observed.codes.size ? [...observed.codes] : undefined,
        },
        'request',
      );
    });
    next();
  };
}
