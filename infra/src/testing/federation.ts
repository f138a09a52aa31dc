import request from 'supertest';
import { signCallerToken, type CallerClaims, type Role } from '@linli/auth';
import { DEV_JWT_SECRET, serviceEnvSchema, type ServiceEnv } from '@linli/config';
import type { Domain } from '@linli/contracts';
import { composeSupergraph, gatewayEnvSchema, startGateway, type RunningGateway } from '@linli/gateway';
import { startService, type BaseContext, type RunningService, type ServiceModule } from '@linli/subgraph';
import { deleteStreams, dropDatabase, TEST_NATS_URL, uniqueDatabaseUrl, uniqueNamespace } from '@linli/testing';

/** The environment a service gets in tests: its own database, the run's namespace, an ephemeral port. */
export function testServiceEnv(name: string, overrides: Partial<Record<string, string>> = {}): ServiceEnv & Record<string, unknown> {
  // the service's own settings (ServiceModule.settings) are parsed by startService from the same variables
  const vars = {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: uniqueDatabaseUrl(name),
    NATS_URL: TEST_NATS_URL,
    NATS_NAMESPACE: uniqueNamespace(),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // two test files run side by side, each with up to five services: keep within PostgreSQL's 100 connections
    DB_POOL_SIZE: '4',
    ...overrides,
  };
  return { ...vars, ...serviceEnvSchema.parse(vars) };
}

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  body: any;
}

/**
 * A running slice of the federation for a test: the given services, each on its own fresh
 * database, one NATS namespace, and the real gateway in front. stop() drops it all.
 */
export class TestFederation {
  private constructor(
    readonly namespace: string,
    readonly services: Map<Domain, RunningService>,
    readonly gateway: RunningGateway,
    private readonly natsUrl: string,
  ) {}

  static async start(
    modules: ServiceModule<any>[],
    options: { natsUrl?: string; gatewayEnv?: Record<string, string>; serviceEnv?: Record<string, string>; internalSecret?: string } = {},
  ): Promise<TestFederation> {
    const namespace = uniqueNamespace();
    const natsUrl = options.natsUrl ?? TEST_NATS_URL;
    const services = new Map<Domain, RunningService>();
    const internal: Record<string, string> = options.internalSecret ? { INTERNAL_JWT_SECRET: options.internalSecret } : {};
    try {
      for (const module of modules)
        services.set(module.name, await startService(module as ServiceModule<BaseContext>, testServiceEnv(module.name, { NATS_NAMESPACE: namespace, NATS_URL: natsUrl, ...internal, ...options.serviceEnv })));
    } catch (error) {
      await Promise.all([...services.values()].map((s) => s.stop()));
      throw error;
    }
    const urls: Record<string, string> = {};
    for (const name of ['housing', 'population', 'organizations', 'mediation', 'volunteering'] as const)
      urls[`${name.toUpperCase()}_URL`] = services.get(name)?.url ?? 'http://127.0.0.1:9/graphql';
    let gateway: RunningGateway;
    try {
      // composed from the running modules only, so a test depends on no other service's schema
      const supergraphSdl = composeSupergraph(modules.map((m) => ({ name: m.name, typeDefs: m.typeDefs })));
      gateway = await startGateway(gatewayEnvSchema.parse({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...urls, ...internal, ...options.gatewayEnv }), { supergraphSdl });
    } catch (error) {
      await Promise.all([...services.values()].map((s) => s.stop()));
      throw error;
    }
    return new TestFederation(namespace, services, gateway, natsUrl);
  }

  service(name: Domain): RunningService {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name} is not running in this federation`);
    return service;
  }

  /** Posts an operation to the gateway as the holder of token. */
  async query<T = Record<string, any>>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const req = request(this.gateway.url.replace(/\/graphql$/, '')).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const response = await req.send({ query, variables });
    return { status: response.status, data: response.body?.data, errors: response.body?.errors, body: response.body };
  }

  /** As query, failing the test on any GraphQL error. */
  async ok<T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.query<T>(token, query, variables);
    if (result.status !== 200 || result.errors?.length) throw new Error(`operation failed (${result.status}): ${JSON.stringify(result.errors ?? result.body)}`);
    return result.data;
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    for (const service of this.services.values()) {
      await service.stop();
      await dropDatabase(service.deps.env.DATABASE_URL);
    }
    await deleteStreams(this.namespace, this.natsUrl);
  }
}

/** A caller token for tests, signed with the development secret the test gateway uses. */
export function tokenFor(role: Role | Role[], areas: string[], extra: Partial<CallerClaims> = {}, expiresIn: string | number = '1h'): Promise<string> {
  const roles = Array.isArray(role) ? role : [role];
  return signCallerToken({ sub: extra.sub ?? `user-${roles.join('-').toLowerCase()}`, name: extra.name ?? 'Test User', roles, areas, ...extra }, DEV_JWT_SECRET, expiresIn);
}
