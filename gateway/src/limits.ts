import { GraphQLError, Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Default page size assumed for a list field asked without `first`, as the subgraphs use. */
const DEFAULT_LIST = 20;

function limitError(message: string, limit: string, value: number, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, value, max, http: { status: 400 } } });
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation before it is planned: depth (nesting of fields), aliases, and cost
 * (each field 1, multiplied under a paginated field by its `first`). Fragments are expanded.
 */
function measure(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, seen: Set<string>): Measure {
  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure = { depth: 0, aliases: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      const field = selection as FieldNode;
      if (field.alias) aliases += 1;
      if (field.name.value.startsWith('__')) continue;
      const sub = field.selectionSet ? measure(field.selectionSet, fragments, variables, seen) : { depth: 0, aliases: 0, cost: 0 };
      const multiplier = listSize(field, variables);
      inner = { depth: sub.depth + 1, aliases: sub.aliases, cost: 1 + multiplier * sub.cost };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, variables, seen);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // unknown or cyclic spreads are the validator's to report
      inner = measure(fragment.selectionSet, fragments, variables, new Set([...seen, name]));
    }
    depth = Math.max(depth, inner.depth);
    aliases += inner.aliases;
    cost += inner.cost;
  }
  return { depth, aliases, cost };
}

function listSize(field: FieldNode, variables: Record<string, unknown>): number {
  const first = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  if (first.value.kind === Kind.VARIABLE) {
    const value = variables[first.value.name.value];
    return typeof value === 'number' && value > 0 ? value : DEFAULT_LIST;
  }
  return DEFAULT_LIST;
}

/** Measures the operation the request will run; throws a 400 error naming the first limit it passes. */
export function enforceLimits(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, limits: QueryLimits): void {
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  if (!operation) return;
  const m = measure(operation.selectionSet, fragments, variables, new Set());
  if (m.depth > limits.maxDepth) throw limitError(`query depth ${m.depth} exceeds the maximum depth of ${limits.maxDepth}`, 'depth', m.depth, limits.maxDepth);
  if (m.aliases > limits.maxAliases) throw limitError(`query uses ${m.aliases} aliases, over the maximum of ${limits.maxAliases}`, 'aliases', m.aliases, limits.maxAliases);
  if (m.cost > limits.maxCost) throw limitError(`query cost ${m.cost} exceeds the maximum cost of ${limits.maxCost}`, 'cost', m.cost, limits.maxCost);
}
