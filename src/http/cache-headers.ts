/**
 * HTTP caching of dashboard reads, decided once per operation from its document, without Apollo's
 * cache-control plugin (it hooks every field: ≈ 2.4× slower on large responses here, so it stays
 * disabled). A query is cacheable when every root field is a path declared in CACHEABLE_PATHS, e.g.
 * `viewer { partner { dashboard(…) { … } } }`; its successful answer gets
 * `Cache-Control: private, max-age=60` and `Vary: Authorization` (the answer is the caller's own: no
 * shared cache may keep it, and a browser must not show it to the next member signing in).
 * Everything else, mutations, answers with errors and batches mixing policies get `no-store`.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Field paths from the root whose whole subtree may be cached privately for CACHEABLE_MAX_AGE
 * seconds. The fields on the way may be selected only for the path (besides `__typename`).
 * The dashboard is a set of monthly aggregates: a minute of staleness is invisible in it.
 */
export const CACHEABLE_PATHS: readonly (readonly string[])[] = [['viewer', 'partner', 'dashboard']];
export const CACHEABLE_MAX_AGE = 60;

export const CACHEABLE = `private, max-age=${CACHEABLE_MAX_AGE}`;
export const NO_STORE = 'no-store';

/** The fields of a selection set, through inline fragments and fragment spreads. */
function fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (!fragment) return [];
      fields.push(...fieldsOf(fragment.selectionSet, fragments, seen));
    }
  }
  return fields;
}

/** Whether every field of the selection set (but `__typename`) follows one of the paths, and one does. */
function withinPaths(
  selectionSet: SelectionSetNode,
  paths: readonly (readonly string[])[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): boolean {
  const fields = fieldsOf(selectionSet, fragments).filter((f) => f.name.value !== '__typename');
  if (fields.length === 0) return false;
  return fields.every((field) => {
    const below = paths.filter((p) => p[0] === field.name.value).map((p) => p.slice(1));
    if (below.length === 0) return false;
    if (below.some((p) => p.length === 0)) return true; // the cacheable field itself: its whole subtree
    return field.selectionSet !== undefined && withinPaths(field.selectionSet, below, fragments);
  });
}

/** `private, max-age=60` for a query whose every root field is a cacheable path, else `no-store`. */
export function cacheControlFor(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  paths = CACHEABLE_PATHS,
): string {
  if (operation.operation !== 'query') return NO_STORE;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return withinPaths(operation.selectionSet, paths, fragments) ? CACHEABLE : NO_STORE;
}

/** Apollo plugin: sets Cache-Control on every GraphQL response. */
export function cacheHeadersPlugin<TContext extends BaseContext = BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, operation }) {
          const failed = response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
          let value = !failed && document && operation ? cacheControlFor(document, operation) : NO_STORE;
          // A batch shares one set of headers: operations that disagree make it no-store.
          const before = response.http.headers.get('cache-control');
          if (before !== undefined && before !== value) value = NO_STORE;
          response.http.headers.set('cache-control', value);
          if (value === CACHEABLE) {
            const vary = response.http.headers.get('vary');
            if (!vary) response.http.headers.set('vary', 'authorization');
            else if (!/\bauthorization\b/i.test(vary)) response.http.headers.set('vary', `${vary}, authorization`);
          }
        },
      };
    },
  };
}
