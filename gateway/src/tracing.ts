import { context, propagation } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * Registers the OpenTelemetry SDK when OTEL_EXPORTER_OTLP_ENDPOINT is set. @apollo/gateway then
 * records its own spans (gateway.request, gateway.plan, gateway.execute, gateway.fetch); each
 * fetch carries `traceparent` to the subgraph (injectTraceContext), which continues the trace.
 */
export function startTracing(endpoint: string | undefined): { stop(): Promise<void> } {
  if (!endpoint) return { stop: async () => undefined };
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': 'linli-gateway', 'service.namespace': 'linli' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return { stop: () => provider.shutdown() };
}

/** Sets `traceparent` (and `tracestate`) of the active span on a subgraph request's headers. */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (!headers) return;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  for (const [name, value] of Object.entries(carrier)) headers.set(name, value);
}
