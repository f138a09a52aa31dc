import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { createGrid, GRID, REGISTER_RESIDENCE, registerHouse, registerPerson } from './builders';

describe('one trace from the gateway through population, its outbox and NATS, into housing', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(provider);
    fed = await TestFederation.start([housing, population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createGrid(fed, admin);
  });
  afterAll(async () => {
    await fed.stop();
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('records registerResidence as one trace: gateway fetch, resolver, SQL, the outbox envelope, publish, and housing’s handler with its SQL', async () => {
    const houseId = await registerHouse(fed, admin, GRID, '7-701');
    const personId = await eventually(() => registerPerson(fed, admin), 10_000, 100);
    exporter.reset();

    await eventually(async () =>
      expect(
        (await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId, from: '2026-04-01', reason: 'RENT' } })).registerResidence.userErrors,
      ).toEqual([]),
    );
    const spans = await eventually(
      () => {
        const finished = exporter.getFinishedSpans();
        const consumed = finished.find((s) => s.name === 'consume housing-occupancy' && s.attributes['linli.event.type'] === 'population.residence.registered');
        expect(consumed).toBeDefined();
        return finished.filter((s) => s.spanContext().traceId === consumed!.spanContext().traceId);
      },
      10_000,
      100,
    );

    const byName = (name: string) => spans.filter((s) => s.name === name);
    const parentOf = (span: ReadableSpan) => spans.find((s) => s.spanContext().spanId === span.parentSpanId);
    const chain = (span: ReadableSpan): string[] => {
      const parent = parentOf(span);
      return parent ? [...chain(parent), span.name] : [span.name];
    };

    const [consume] = byName('consume housing-occupancy');
    const [publish] = byName('publish population.residence.registered');
    const [resolver] = byName('Mutation.registerResidence');
    expect(resolver).toBeDefined();
    // gateway → subgraph fetch → population's request → the resolver → SQL of the outbox write
    expect(chain(resolver)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.fetch', 'population graphql', 'Mutation.registerResidence']));
    const outboxWrite = spans.find((s) => s.name === 'sql outboxAdd' && chain(s).includes('Mutation.registerResidence'));
    expect(outboxWrite).toBeDefined();
    // the event hop: the relay's publish and housing's handler continue the mutation's trace
    expect(parentOf(publish)?.name).toBe('Mutation.registerResidence');
    expect(parentOf(consume)?.name).toBe('Mutation.registerResidence');
    const handlerSql = spans.filter((s) => s.name.startsWith('sql ') && chain(s).includes('consume housing-occupancy'));
    expect(handlerSql.map((s) => s.name)).toContain('sql inboxClaim');
    // nothing personal in any span: no statement text, no values
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toMatch(/INSERT|SELECT|测试居民/);
  });
});
