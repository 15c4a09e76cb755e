/**
 * The requested cost of an operation, computed before it runs (with its variables), the way
 * Shopify and GitHub price GraphQL queries: what it could fetch at most, not what it happened to.
 *
 * - A field returning an object costs 1; scalar and enum fields cost 0.
 * - A list multiplies what it selects: a connection by its `first`/`last` (20 when neither is
 *   given), `nodes(ids:)` by the number of ids, a list with a `limit` by the limit. Other lists
 *   (line items, roles, the permission tree, a mutation's results) are short and bounded by the
 *   data or the input, and count once, as GitHub counts only connections.
 * - Each mutation field costs 10 more (it writes).
 * - Introspection fields cost nothing (they are off in production).
 *
 * So `customers(first: 50) { nodes { id accountManager { loginName } } }` costs 1 + 50 × (1 + 1) = 101.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MUTATION_COST = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argument(field: FieldNode, name: string, walk: Walk): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value, walk.variables) : undefined;
}

const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

/** first / last / limit as a page size; bad values price as 0 (the resolver refuses them anyway). */
function pageSize(field: FieldNode, walk: Walk): number {
  for (const name of SIZE_ARGUMENTS) {
    const value = argument(field, name, walk);
    if (value != null) return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
  }
  return DEFAULT_PAGE_SIZE;
}

function selectionCost(
  set: SelectionSetNode,
  type: GraphQLNamedType | undefined,
  walk: Walk,
  listSize: number | undefined,
  seen: Set<string>,
): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = sel.typeCondition ? walk.schema.getType(sel.typeCondition.name.value) : type;
      total += selectionCost(sel.selectionSet, narrowed ?? undefined, walk, listSize, seen);
      continue;
    }
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(sel.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      total += selectionCost(
        fragment.selectionSet,
        walk.schema.getType(fragment.typeCondition.name.value) ?? undefined,
        walk,
        listSize,
        seen,
      );
      seen.delete(fragment.name.value);
      continue;
    }
    if (sel.name.value.startsWith('__')) continue;
    const def = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[sel.name.value] : undefined;
    if (!def) continue;
    const named = getNamedType(def.type);
    if (isLeafType(named)) continue;
    let count = 1;
    if (isListType(getNullableType(def.type))) {
      const ids = argument(sel, 'ids', walk);
      count =
        listSize ??
        (Array.isArray(ids)
          ? ids.length
          : sel.arguments?.some((a) => SIZE_ARGUMENTS.includes(a.name.value))
            ? pageSize(sel, walk)
            : 1);
    }
    // The page size of a connection multiplies its `nodes` and `edges`.
    const childListSize = named.name.endsWith('Connection') ? pageSize(sel, walk) : undefined;
    const inner = sel.selectionSet ? selectionCost(sel.selectionSet, named, walk, childListSize, seen) : 0;
    total += count * (1 + inner);
  }
  return total;
}

/** The requested cost of one operation of a validated document. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const walk: Walk = { schema, fragments, variables };
  let cost = selectionCost(operation.selectionSet, root ?? undefined, walk, undefined, new Set());
  if (operation.operation === 'mutation') {
    cost +=
      MUTATION_COST *
      operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && !s.name.value.startsWith('__')).length;
  }
  return cost;
}
