import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType, Kind, parse, type GraphQLField, type GraphQLSchema, type ObjectTypeDefinitionNode } from 'graphql';
import { API_SCHEMA_FILE, ROOT } from '../compose';
import { INDICATORS, type IndicatorDomain } from './indicators';

export const INDICATORS_PAGE = path.join(ROOT, 'docs', 'indicators.md');
const DOMAINS: IndicatorDomain[] = ['population', 'housing', 'organizations', 'mediation', 'volunteering'];
const FIGURE_TYPES = new Set(['Int', 'Float', 'Fen', 'SuppressibleCount']);

/** The statistics type `Area.<domain>` returns, in the API schema. */
function statisticsType(schema: GraphQLSchema, domain: IndicatorDomain) {
  const area = schema.getType('Area');
  if (!isObjectType(area)) throw new Error('the API schema has no Area');
  const type = getNamedType(area.getFields()[domain]?.type);
  if (!isObjectType(type)) throw new Error(`Area.${domain} is not a statistics type`);
  return type;
}

const isFigure = (field: GraphQLField<unknown, unknown>) => {
  const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
  return FIGURE_TYPES.has(getNamedType(field.type).name) || (isListType(inner) && isObjectType(getNamedType(field.type)));
};

/**
 * Where the catalogue and the schema disagree: a figure on `Area.<domain>` with no entry, an
 * entry naming no field (or a deprecated one, or a breakdown key or value that is not there).
 */
export function catalogueGaps(sdl = readFileSync(API_SCHEMA_FILE, 'utf8')): string[] {
  const schema = buildSchema(sdl);
  const gaps: string[] = [];
  for (const domain of DOMAINS) {
    const type = statisticsType(schema, domain);
    const entries = INDICATORS.filter((i) => i.domain === domain);
    for (const field of Object.values(type.getFields()))
      if (!field.deprecationReason && isFigure(field) && !entries.some((i) => i.field === field.name)) gaps.push(`${type.name}.${field.name} has no indicator`);
    for (const entry of entries) {
      const field = type.getFields()[entry.field];
      if (!field) gaps.push(`${entry.code} names ${type.name}.${entry.field}, which does not exist`);
      else if (field.deprecationReason) gaps.push(`${entry.code} names the deprecated ${type.name}.${entry.field}`);
      else if (entry.breakdown) {
        const item = getNamedType(field.type);
        const fields = isObjectType(item) ? item.getFields() : {};
        for (const part of [entry.breakdown.key, entry.breakdown.value]) if (!fields[part]) gaps.push(`${entry.code}: ${type.name}.${entry.field} has no ${part}`);
      }
    }
  }
  return gaps;
}

/** docs/indicators.md, written from the catalogue. */
export function indicatorsPage(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '# Indicators',
    '',
    '<!-- Written by `pnpm indicators` from gateway/src/analytics/indicators.ts; edit the catalogue, not this page. -->',
    '',
    'Every statistic Linli publishes, as `GET /analytics` names it (see [the integrator’s guide](integrators.md)).',
    'A breakdown (a code ending in a key, e.g. `ORG_BY_CATEGORY.CULTURE_EDUCATION`) has one figure per key.',
    '',
    '- **timing**: `period` counts what happened in the period; `period-end` is a stock on the',
    '  period’s last day; `today` is a stock as of the request, reported only for the period that holds today.',
    '- **disclosure**: `small-count` figures are withheld below 5 and rounded to 5 for statistics-only callers;',
    '  `derived` rates and means are withheld with the counts they come from; `none` is published as counted.',
    '',
  ];
  for (const domain of DOMAINS) {
    lines.push(`## ${domain}`, '', '| code | 名称 | name | unit | timing | disclosure | definition |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const i of INDICATORS.filter((x) => x.domain === domain))
      lines.push(`| \`${i.code}\`${i.breakdown ? `.<${i.breakdown.key}>` : ''} | ${i.zh} | ${i.en} | ${i.unit} | ${i.timing} | ${i.disclosure} | ${cell(i.definition)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const STATISTICS_TYPE: Record<IndicatorDomain, string> = {
  population: 'PopulationStatistics',
  housing: 'HousingStatistics',
  organizations: 'OrganizationStatistics',
  mediation: 'MediationStatistics',
  volunteering: 'VolunteeringStatistics',
};

/** The schema file of a service that defines its statistics type (a service may split its schema into modules). */
function schemaFileOf(domain: IndicatorDomain): string {
  const folder = path.join(ROOT, 'services', domain);
  const files = [path.join(folder, 'schema.graphql'), ...(existsSync(path.join(folder, 'schema')) ? readdirSync(path.join(folder, 'schema')).map((f) => path.join(folder, 'schema', f)) : [])];
  const found = files.find((f) => existsSync(f) && new RegExp(`\\btype ${STATISTICS_TYPE[domain]}\\b`).test(readFileSync(f, 'utf8')));
  if (!found) throw new Error(`services/${domain} defines no ${STATISTICS_TYPE[domain]}`);
  return found;
}

/**
 * Makes the description of every statistics field in each subgraph's schema the catalogue's
 * definition (a field read by several entries takes the first). Returns the fields that
 * differed; writes the files only when asked.
 */
export function syncSchemaDescriptions(write: boolean): string[] {
  const changed: string[] = [];
  for (const domain of DOMAINS) {
    const file = schemaFileOf(domain);
    const text = readFileSync(file, 'utf8');
    const document = parse(text);
    const type = document.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === STATISTICS_TYPE[domain]);
    if (!type) throw new Error(`${file} defines no ${STATISTICS_TYPE[domain]}`);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const field of type.fields ?? []) {
      const entry = INDICATORS.find((i) => i.domain === domain && i.field === field.name.value);
      if (!entry || field.description?.value === entry.definition) continue;
      changed.push(`${STATISTICS_TYPE[domain]}.${field.name.value}`);
      const indent = text.slice(text.lastIndexOf('\n', field.loc!.start) + 1, field.loc!.start);
      const described = `"""\n${indent}${entry.definition}\n${indent}"""\n${indent}`;
      if (field.description) edits.push({ start: field.description.loc!.start, end: field.name.loc!.start, text: described });
      else edits.push({ start: field.name.loc!.start, end: field.name.loc!.start, text: described });
    }
    if (write && edits.length) {
      let out = text;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      writeFileSync(file, out);
    }
  }
  return changed;
}

/** `pnpm indicators`: writes docs/indicators.md and the statistics fields' descriptions from the catalogue. */
if (require.main === module) {
  const gaps = catalogueGaps();
  for (const gap of gaps) process.stderr.write(`catalogue: ${gap}\n`);
  writeFileSync(INDICATORS_PAGE, indicatorsPage());
  const changed = syncSchemaDescriptions(true);
  process.stdout.write(`wrote docs/indicators.md; ${changed.length} schema descriptions rewritten${changed.length ? ' (run pnpm codegen and pnpm compose)' : ''}\n`);
  process.exit(gaps.length ? 1 : 0);
}
