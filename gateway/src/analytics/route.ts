import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Viewer } from '@linli/auth';
import { csvOf, jsonOf, xlsxOf } from './formats';
import { INDICATORS } from './indicators';
import {
  AnalyticsRequestError,
  areaSelection,
  parseRequest,
  periodDeclarations,
  periodVariables,
  rowsOf,
  type AnalyticsLimits,
  type AnalyticsRequest,
  type AreaSpec,
  type Row,
} from './plan';

/** Runs one operation over the federation as the caller (the gateway's own pipeline). */
export type Execute = (query: string, variables: Record<string, unknown>, viewer: Viewer) => Promise<{ data?: Record<string, any> | null; errors?: readonly { message: string; path?: readonly (string | number)[] }[] }>;

/** Areas asked for by code go this many to an operation (an alias each). */
const CODES_PER_OPERATION = 20;
/** Areas listed beneath an area go a page of this many to an operation. */
const PAGE = 100;

/** The federation could not answer part of the question: the caller gets no partial file. */
export class AnalyticsUnavailable extends Error {}

async function run(execute: Execute, viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const result = await execute(query, variables, viewer);
  if (result.errors?.length || !result.data) {
    const failed = [...new Set((result.errors ?? []).map((e) => e.path?.find((p) => typeof p === 'string' && /_\d+$/.test(p)) ?? 'the federation'))].map((p) => String(p).replace(/_\d+$/, ''));
    throw new AnalyticsUnavailable(`${failed.join(', ')} could not answer: ${result.errors?.[0]?.message ?? 'no data'}`);
  }
  return result.data;
}

/**
 * Answers an analytics request by planning GraphQL operations over the federation, so the graph
 * stays the single source and the caller's scope and disclosure rules hold as they do there:
 * a page of up to 100 areas beneath an area, or up to 20 areas by code, per operation, every
 * period and domain of the request in it. Statistics-only callers receive small counts withheld.
 */
export async function collectRows(request: AnalyticsRequest, viewer: Viewer, execute: Execute, limits: AnalyticsLimits): Promise<Row[]> {
  const selection = areaSelection(request.indicators, request.periods);
  const variables = periodVariables(request.periods);
  const declarations = periodDeclarations(request.periods);
  const rows: Row[] = [];
  let areas = 0;
  const count = (n: number) => {
    areas += n;
    if (areas > limits.maxAreas) throw new AnalyticsRequestError('areas', `more than ${limits.maxAreas} areas (ANALYTICS_MAX_AREAS); split the request`);
  };
  const codes = request.areas.filter((a): a is { code: string } => 'code' in a).map((a) => a.code);
  for (let i = 0; i < codes.length; i += CODES_PER_OPERATION) {
    const chunk = codes.slice(i, i + CODES_PER_OPERATION);
    count(chunk.length);
    const data = await run(
      execute,
      viewer,
      `query AnalyticsByCode(${[declarations, ...chunk.map((_, n) => `$c${n}: ID!`)].filter(Boolean).join(', ')}) { ${chunk.map((_, n) => `a${n}: area(code: $c${n}) { ${selection} }`).join(' ')} }`,
      { ...variables, ...Object.fromEntries(chunk.map((code, n) => [`c${n}`, code])) },
    );
    chunk.forEach((code, n) => {
      if (!data[`a${n}`]) throw new AnalyticsRequestError('areas', `${code} is not an area within your areas`);
      rows.push(...rowsOf(data[`a${n}`], request.indicators, request.periods));
    });
  }
  for (const spec of request.areas.filter((a): a is Extract<AreaSpec, { within: string }> => 'within' in a)) {
    let after: string | null = null;
    let found = 0;
    do {
      const data: Record<string, any> = await run(
        execute,
        viewer,
        `query AnalyticsBeneath(${[declarations, '$within: ID!', '$level: AreaLevel!', '$after: String'].filter(Boolean).join(', ')}) {
          areas(within: $within, level: $level, first: ${PAGE}, after: $after) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
        { ...variables, within: spec.within, level: spec.level, after },
      );
      const page = data.areas as { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      count(page.edges.length);
      found += page.edges.length;
      for (const { node } of page.edges) rows.push(...rowsOf(node, request.indicators, request.periods));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    if (!found) throw new AnalyticsRequestError('areas', `${spec.within} is not an area within your areas, or has no ${spec.level} beneath it`);
  }
  return rows;
}

export interface AnalyticsRouteOptions {
  execute: Execute;
  limits: AnalyticsLimits;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

const refuse = (res: Response, status: number, parameter: string | null, reason: string) => res.status(status).json({ error: { parameter, reason } });

/**
 * `GET /analytics`: flat tables of indicators by area and period, in JSON, CSV or XLSX. Mounted
 * behind the gateway's admission (token, rate limits), which leaves the caller in res.locals.
 */
export function analyticsRoute(options: AnalyticsRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const viewer = res.locals.viewer as Viewer;
    let request: AnalyticsRequest;
    try {
      request = parseRequest(req.query as Record<string, unknown>, options.limits);
      const rows = await collectRows(request, viewer, options.execute, options.limits);
      const asOf = new Date().toISOString();
      // the figures decide the tag, not the moment: an unchanged answer costs the caller a 304
      const etag = `W/"${createHash('sha256').update(JSON.stringify([request.format, request.layout, rows])).digest('base64url').slice(0, 32)}"`;
      res.setHeader('etag', etag);
      res.setHeader('linli-as-of', asOf);
      res.setHeader('cache-control', 'private, no-cache');
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const name = `linli-analytics-${asOf.slice(0, 10)}`;
      if (request.format === 'csv') {
        res.type('text/csv; charset=utf-8').setHeader('content-disposition', `attachment; filename="${name}.csv"`);
        res.send(csvOf(rows, request.layout));
      } else if (request.format === 'xlsx') {
        res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
        res.send(await xlsxOf(rows, request.layout, asOf));
      } else res.json(jsonOf(rows, request.layout, asOf));
      options.log.info({ areas: request.areas.length, periods: request.periods.length, indicators: request.indicators.length, rows: rows.length, format: request.format }, 'analytics answered');
    } catch (error) {
      if (error instanceof AnalyticsRequestError) refuse(res, error.status, error.parameter, error.reason);
      else if (error instanceof AnalyticsUnavailable) refuse(res, 502, null, error.message);
      else {
        options.log.error({ err: error }, 'analytics failed');
        refuse(res, 500, null, 'Internal server error');
      }
    }
  };
}

/** `GET /analytics/indicators`: the catalogue, for tools that build requests. */
export function indicatorsRoute() {
  return (_req: Request, res: Response): void => {
    res.json({ indicators: INDICATORS });
  };
}
