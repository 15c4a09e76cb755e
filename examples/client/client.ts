// A tiny typed GraphQL client: fetch + the TypedDocumentNodes codegen writes to ./generated.ts
// (`npm run codegen`), so `request(DashboardMobileDocument, …)` knows its variables and its answer.
//
// Each request sends only the operation's persisted-document hash (about 100 bytes instead of the
// whole query, and cacheable over GET). A server whose manifest lacks the hash (an older build)
// answers PERSISTED_QUERY_NOT_FOUND; then the query goes along once, as automatic persisted queries do.
import { Kind, print, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { persistedDocumentIds } from './generated';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The request failed: top-level GraphQL errors (with their codes), or HTTP without a GraphQL answer. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export interface ClientOptions {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  /** Bearer token from signIn. */
  token?: string;
  /** false: always send the whole query. */
  persisted?: boolean;
  fetch?: typeof fetch;
}

const operationName = (document: TypedDocumentNode<unknown, never>): string => {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation?.name) throw new Error('the document has no named operation');
  return operation.name.value;
};

export function createClient(options: ClientOptions) {
  const send = options.fetch ?? fetch;
  return {
    /** Runs one operation and returns its data; throws GraphQLRequestError on any top-level error. */
    async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
      const name = operationName(document as TypedDocumentNode<unknown, never>);
      const hash: string | undefined = (persistedDocumentIds as Record<string, string>)[name];
      const post = async (body: Record<string, unknown>) => {
        const res = await send(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify({ operationName: name, variables: variables ?? {}, ...body }),
        });
        const json = (await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }))) as {
          data?: R | null;
          errors?: GraphQLErrorEntry[];
        };
        return { status: res.status, ...json };
      };
      let answer =
        options.persisted !== false && hash
          ? await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
          : null;
      if (!answer || answer.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
        answer = await post({ query: print(document) });
      }
      if (answer.errors?.length || answer.data == null)
        throw new GraphQLRequestError(answer.errors ?? [], answer.status);
      return answer.data;
    },
  };
}
