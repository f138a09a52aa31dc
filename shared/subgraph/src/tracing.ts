import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type express from 'express';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { SqlHook } from './metrics';

const tracer = trace.getTracer('linli-subgraph');

/**
 * Registers the OpenTelemetry SDK for this process when an OTLP endpoint is configured
 * (OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://otel-collector:4318): spans are batched and sent over
 * OTLP/HTTP. Without an endpoint nothing is registered and every span below is a no-op.
 */
export function startTracing(service: string, endpoint: string | undefined): { stop(): Promise<void> } {
  if (!endpoint) return { stop: async () => undefined };
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': `linli-${service}`, 'service.namespace': 'linli' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return { stop: () => provider.shutdown() };
}

async function inSpan<T>(span: Span, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** Continues the caller's trace (the gateway's `traceparent`) in a server span around the request. */
export function traceRequests(service: string): express.RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(`${service} graphql`, { kind: SpanKind.SERVER, attributes: { 'linli.service': service } }, parent);
    let ended = false;
    const end = () => {
      if (!ended) span.end();
      ended = true;
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}

/**
 * Wraps every resolver that has code in a span named Type.field, active while it runs, so the SQL
 * statements it sends nest under it. Default field reads are left alone: they cost nothing.
 */
export function traceResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || resolve === defaultFieldResolver) continue;
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) => {
        if (!trace.getSpan(context.active())?.isRecording()) return resolve(source, args, ctx, info);
        return tracer.startActiveSpan(name, { attributes: { 'graphql.field.path': info.path.key.toString() } }, (span) =>
          inSpan(span, () => resolve(source, args, ctx, info)),
        );
      };
    }
  }
}

/** A span per SQL statement, named by the statement's leading comment; never the values bound. */
export const traceSql: SqlHook = (name, _sql, run) => {
  if (!trace.getSpan(context.active())?.isRecording()) return run();
  return tracer.startActiveSpan(`sql ${name}`, { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql', 'db.operation.name': name } }, (span) =>
    inSpan(span, run),
  );
};
