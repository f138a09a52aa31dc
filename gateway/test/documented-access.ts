import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES, type Role, type ScopeKind } from '@linli/auth';

/**
 * The role table as docs/access.md writes it, read from the document itself: the tests hold
 * the code and the running federation to what the document says, not to the code's own copy.
 */
const ABBREVIATIONS: Record<string, Role> = {
  DA: 'DISTRICT_ADMIN',
  SA: 'STREET_ADMIN',
  CW: 'COMMUNITY_WORKER',
  GW: 'GRID_WORKER',
  MED: 'MEDIATOR',
  ORG: 'ORG_STAFF',
  VOL: 'VOLUNTEER',
  INT: 'INTEGRATOR',
  OPS: 'OPS',
};
const SCOPES: Record<string, ScopeKind | undefined> = { areas: 'areas', own: 'own-person', orgs: 'own-organizations', stats: 'statistics', empty: 'empty', '—': undefined };

const text = () => readFileSync(path.join(__dirname, '..', '..', 'docs', 'access.md'), 'utf8');
const cells = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim().replace(/^`|`$/g, ''));

/** rule → role → scope, from the "rules" table of docs/access.md. */
export function documentedRules(): Record<string, Partial<Record<Role, ScopeKind>>> {
  const lines = text().split('\n');
  const header = lines.findIndex((l) => /^\| rule \|/.test(l));
  if (header < 0) throw new Error('docs/access.md has no rules table');
  const roles = cells(lines[header]).slice(1).map((a) => ABBREVIATIONS[a]);
  if (roles.length !== ROLES.length || roles.some((r) => !r)) throw new Error('the rules table of docs/access.md must have one column per role');
  const rules: Record<string, Partial<Record<Role, ScopeKind>>> = {};
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name, ...grants] = cells(line);
    const rule: Partial<Record<Role, ScopeKind>> = {};
    grants.forEach((cell, i) => {
      if (!(cell in SCOPES)) throw new Error(`docs/access.md: rule ${name} has an unknown scope "${cell}"`);
      const scope = SCOPES[cell];
      if (scope) rule[roles[i]] = scope;
    });
    rules[name] = rule;
  }
  return rules;
}

/** `Query.x` / `Mutation.x` → rule, from the field table of docs/access.md. */
export function documentedFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text().split('\n')) {
    const match = /^\| `((?:Query|Mutation)\.\w+)` \| `([\w.-]+)` \|$/.exec(line);
    if (match) fields[match[1]] = match[2];
  }
  return fields;
}
