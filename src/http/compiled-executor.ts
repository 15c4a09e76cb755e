import { getVariableValues, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';

/**
 * GRAPHQL_EXECUTOR=jit: operations run as JavaScript compiled once per document by graphql-jit,
 * instead of graphql-js `execute` walking the document for every request.
 *
 * Why: graphql-js resolves each field of each row through a generic path (argument coercion,
 * `isPromise` checks, a promise per object with async children, path objects); on the 100-customer
 * page that is ~40,000 field resolutions per request and, with the garbage they leave, the
 * largest share of the server's CPU after the database (BENCHMARKS.md). Compiled code does the same
 * work specialised to the document.
 *
 * How: Apollo Server's only supported hook for another executor is its gateway interface; this
 * "gateway" serves the same local schema and only replaces execution. Parsing, validation, the
 * limits and persisted-document plugins, error formatting and the HTTP layer stay Apollo's.
 * graphql-shield and type-graphql are untouched: they live in the schema's resolvers, which the
 * compiled code calls like graphql-js does.
 *
 * Limits, weighed (see BENCHMARKS.md): compiled documents are cached per query hash, bounded
 * (LRU), and a document is compiled on its first request (a few ms); graphql-jit supports
 * queries and mutations but not subscriptions, @defer/@stream or per-field plugin hooks
 * (`willResolveField`), none of which this server uses; GRAPHQL_EXECUTOR=graphql-js switches back.
 *
 * Two behaviours to keep in mind when writing resolvers (test/graph/executors.test.ts guards them):
 * a field without a resolver is read synchronously, so a promise-valued property needs a resolver
 * (`simple: false`); and a rejected item of a list is left as a hole (at the end of the list it
 * disappears), so a resolver returning an array of promises resolves failures to Error values.
 */
export function compiledExecutorGateway(schema: GraphQLSchema, options: { cacheSize: number }): GatewayInterface {
  // Map iteration order is insertion order: re-inserting on use makes the first key the least recent.
  const compiled = new Map<string, CompiledQuery>();

  const executor: GatewayExecutor = async (request) => {
    // Variables are checked by graphql-js first: its errors are the ones Apollo recognises as
    // BAD_USER_INPUT (HTTP 400); graphql-jit's own coercion then runs on valid values only.
    const coerced = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
    let query = compiled.get(key);
    if (query) {
      compiled.delete(key);
      compiled.set(key, query);
    } else {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined);
      // Not compilable: graphql-jit returns the errors as an execution result.
      if (!isCompiledQuery(result)) return result;
      query = result;
      compiled.set(key, query);
      const oldest = compiled.keys().next();
      if (compiled.size > options.cacheSize && !oldest.done) compiled.delete(oldest.value);
    }
    return query.query(undefined, request.context, request.request.variables ?? {});
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
