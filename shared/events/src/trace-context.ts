import { context, propagation, SpanKind, SpanStatusCode, trace, type Context } from '@opentelemetry/api';

/**
 * Trace context across the event hop: the outbox stores the W3C `traceparent` of the transaction
 * that wrote the event, the relay publishes and the consumer applies it in spans that continue
 * that trace. Without a registered OpenTelemetry SDK every call here is a cheap no-op.
 */
export const tracer = trace.getTracer('linli-events');

/** The active context's `traceparent`, or undefined when nothing is being traced. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

function contextOf(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(context.active(), { traceparent }) : context.active();
}

/** Runs fn in a span continuing the event's trace (a producer span for publish, a consumer span for handling). */
export async function inEventSpan<T>(
  name: string,
  kind: 'publish' | 'consume',
  event: { id: string; type: string; trace?: { traceparent?: string } },
  fn: () => Promise<T>,
): Promise<T> {
  const attributes = {
    'messaging.system': 'nats',
    'messaging.operation': kind === 'publish' ? 'publish' : 'process',
    'messaging.message.id': event.id,
    'linli.event.type': event.type,
  };
  return tracer.startActiveSpan(
    name,
    { kind: kind === 'publish' ? SpanKind.PRODUCER : SpanKind.CONSUMER, attributes },
    contextOf(event.trace?.traceparent),
    async (span) => {
      try {
        return await fn();
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
