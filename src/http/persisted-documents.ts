/**
 * Persisted documents and automatic persisted queries (APQ), for mobile clients that would rather
 * send a 64-character hash than a 3 KB query on every request.
 *
 * - The manifest `schema/persisted-documents.json` (sha256 hash → document) holds every operation
 *   the project ships (examples/**\/*.graphql, test/operations/*.graphql); `npm run codegen`
 *   writes it (scripts/codegen-persisted-documents.cjs). Each document is the canonical text of one
 *   operation (see `canonicalOperation`), and its key is the sha256 of that text.
 * - A request may name a manifest document by `extensions.persistedQuery.sha256Hash` (APQ's
 *   format, so Apollo Client's persisted-queries link works unchanged) or by `documentId`
 *   (`"sha256:<hash>"` or the bare hash, as in the GraphQL-over-HTTP persisted documents draft).
 *   Manifest documents are found on every instance without a prior registration: the manifest is
 *   the shared store, read-only and part of the build.
 * - Other documents go through Apollo's APQ with its default in-memory cache (one per instance):
 *   a hash-only request answers PERSISTED_QUERY_NOT_FOUND until the client sends hash and query
 *   once on that instance. A shared (database) cache would save that one round trip per instance
 *   and document; it is not worth a table while the documents that matter are in the manifest.
 * - With PERSISTED_DOCUMENTS_ONLY=true the server runs manifest documents only: by hash, by
 *   documentId, or sent in full (compared by canonical text, so whitespace, comments and fragment
 *   order do not matter). Anything else is refused with PERSISTED_DOCUMENT_REQUIRED (HTTP 400)
 *   before it is parsed for execution.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import manifestFile from '../../schema/persisted-documents.json';
import { propertyOf, stringPropertyOf } from '../common/property';

export const PersistedDocumentCode = {
  PERSISTED_DOCUMENT_REQUIRED: 'PERSISTED_DOCUMENT_REQUIRED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
} as const;

/** sha256 (lower-case hex) → canonical document text. */
export type PersistedDocumentManifest = Readonly<Record<string, string>>;

/** The manifest shipped with this build. */
export const PERSISTED_DOCUMENTS: PersistedDocumentManifest = manifestFile;

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Fragment names a selection set spreads, directly or through other fragments. */
function collectFragments(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  into: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (into.has(name)) continue;
      into.add(name);
      collectFragments(fragments.get(name)?.selectionSet, fragments, into);
    } else {
      collectFragments(selection.selectionSet, fragments, into);
    }
  }
}

/**
 * The canonical text of one operation: graphql's `print` of the operation followed by the fragments
 * it uses (transitively), sorted by name. Null when the document has no such operation (or, without
 * a name, more than one) or a fragment it spreads is missing. The codegen plugin
 * (scripts/codegen-persisted-documents.cjs) computes the same text; a test keeps them equal.
 */
export function canonicalOperation(
  document: DocumentNode,
  operationName?: string | null,
  extraFragments: Iterable<FragmentDefinitionNode> = [],
): string | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const fragment of extraFragments) fragments.set(fragment.name.value, fragment);
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const used = new Set<string>();
  collectFragments(operation.selectionSet, fragments, used);
  const definitions: DefinitionNode[] = [operation];
  for (const name of [...used].sort()) {
    const fragment = fragments.get(name);
    if (!fragment) return null;
    definitions.push(fragment);
  }
  return print({ kind: Kind.DOCUMENT, definitions });
}

export interface PersistedDocumentsOptions {
  /** PERSISTED_DOCUMENTS_ONLY: run manifest documents only. */
  only: boolean;
  /** The parser's token limit (MAX_TOKENS), for documents sent in full in persisted-only mode. */
  maxTokens: number;
  manifest?: PersistedDocumentManifest;
}

/** The document id a request names: `documentId` in a POST body or GET query string, without "sha256:". */
function documentIdOf(request: GraphQLRequest): string | undefined {
  const http = request.http;
  let id: unknown;
  if (http?.method === 'GET') id = new URLSearchParams(http.search).get('documentId') ?? undefined;
  else if (!Array.isArray(http?.body)) id = propertyOf(http?.body, 'documentId');
  return typeof id === 'string' && id ? id.replace(/^sha256:/, '') : undefined;
}

function apqHashOf(request: GraphQLRequest): string | undefined {
  return stringPropertyOf(request.extensions?.persistedQuery, 'sha256Hash');
}

// What a refused request runs instead, so it leaves the pipeline through Apollo's error path (with
// the other plugins' headers and logs) without parsing or validating what was sent.
const PLACEHOLDER = '{ __typename }';

/**
 * Apollo plugin: resolves manifest documents by hash or documentId before Apollo's own APQ lookup,
 * and in persisted-only mode refuses everything else.
 */
export function persistedDocumentsPlugin<TContext extends BaseContext = BaseContext>(
  options: PersistedDocumentsOptions,
): ApolloServerPlugin<TContext> {
  const manifest = new Map(Object.entries(options.manifest ?? PERSISTED_DOCUMENTS));
  return {
    async requestDidStart({ request }) {
      let refusal: GraphQLError | null = null;
      const refuse = (error: GraphQLError) => {
        refusal = error;
        request.query = PLACEHOLDER;
        request.operationName = undefined;
        if (request.extensions) request.extensions = { ...request.extensions, persistedQuery: undefined };
      };
      const documentId = documentIdOf(request);
      const apqHash = apqHashOf(request);

      if (request.query === undefined || request.query === '') {
        const key = documentId ?? apqHash;
        const text = key ? manifest.get(key) : undefined;
        if (text !== undefined) {
          // With an APQ hash Apollo checks sha256(text) against it (equal by construction) and
          // caches the text like any registered query.
          request.query = text;
        } else if (options.only) {
          refuse(required(key ? 'No document with this hash is in the persisted-documents manifest.' : undefined));
        } else if (documentId !== undefined) {
          refuse(
            new GraphQLError(
              'No document with this documentId is in the persisted-documents manifest; send the query itself.',
              { extensions: { code: PersistedDocumentCode.PERSISTED_QUERY_NOT_FOUND, http: { status: 400 } } },
            ),
          );
        }
        // Otherwise Apollo's APQ answers from its cache, or PERSISTED_QUERY_NOT_FOUND.
      } else if (apqHash !== undefined && apqHash !== sha256Hex(request.query)) {
        // Apollo refuses this too, but with an error that has no code (so it would reach clients as
        // an internal error); the same refusal with a code.
        refuse(
          new GraphQLError('extensions.persistedQuery.sha256Hash is not the sha256 (hex) of the query.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          }),
        );
      } else if (options.only) {
        let canonical: string | null = null;
        try {
          canonical = canonicalOperation(
            parse(request.query, { noLocation: true, maxTokens: options.maxTokens }),
            request.operationName,
          );
        } catch {
          // Not even GraphQL: certainly not in the manifest.
        }
        const key = canonical === null ? undefined : sha256Hex(canonical);
        if (key !== undefined && manifest.has(key)) {
          // Run the manifest's text, not the sent one (which may hold other operations).
          request.query = manifest.get(key);
          if (request.extensions?.persistedQuery)
            request.extensions = { ...request.extensions, persistedQuery: undefined };
        } else {
          refuse(required());
        }
      }

      return {
        async didResolveOperation() {
          if (refusal) throw refusal;
        },
      };
    },
  };
}

const required = (detail?: string) =>
  new GraphQLError(
    `${detail ? `${detail} ` : ''}This server runs persisted documents only: send the sha256 hash of a document from its manifest as extensions.persistedQuery.sha256Hash or documentId.`,
    { extensions: { code: PersistedDocumentCode.PERSISTED_DOCUMENT_REQUIRED, http: { status: 400 } } },
  );
