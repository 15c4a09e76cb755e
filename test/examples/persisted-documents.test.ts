// Automatic persisted queries, the persisted-documents manifest, and PERSISTED_DOCUMENTS_ONLY.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { checkDocumentLimits } from '../../src/http/limits';
import { PERSISTED_DOCUMENTS, canonicalOperation, sha256Hex } from '../../src/http/persisted-documents';
import { createSchema } from '../../src/schema';
import { ViewerDocument } from '../generated/graphql';
import { persistedDocumentIds } from '../../examples/client/generated';
import { useTestServer, type TestServer } from '../support/server';
import { loadExamples } from '../support/examples';
import { errorCodes, postGraphQL } from '../support/graphql';
import { ROOT } from '../support/paths';

/** An answer over HTTP; `D` is the shape the test expects of its data. */
interface Answer<D = unknown> {
  status: number;
  headers: Headers;
  data?: D;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The data of the documents that read the viewer's member (WhoAmI, Viewer, ApqProbe…). */
type MemberData = { viewer: { member: { loginName: string; mobile?: string | null } } };

async function post<D = unknown>(
  server: TestServer,
  body: Record<string, unknown>,
  token?: string,
): Promise<Answer<D>> {
  const res = await postGraphQL(server.url, body, token);
  const json = (await res.json()) as { data?: D; errors?: Answer['errors'] };
  return { status: res.status, headers: res.headers, data: json.data, errors: json.errors };
}

const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const ID = persistedDocumentIds;
const exampleText = (file: string) => readFileSync(join(ROOT, 'examples', file), 'utf8');

describe('persisted-documents manifest', () => {
  it('is what `npm run codegen` makes of examples/**/*.graphql and test/operations/*.graphql', () => {
    const documents: DocumentNode[] = [
      ...loadExamples().map((e) => e.document),
      ...readdirSync(join(ROOT, 'test', 'operations'))
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => parse(readFileSync(join(ROOT, 'test', 'operations', f), 'utf8'))),
    ];
    const fragments = documents.flatMap((d) =>
      d.definitions.filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION),
    );
    const expected: Record<string, string> = {};
    for (const document of documents) {
      for (const op of document.definitions.filter(
        (x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION,
      )) {
        const text = canonicalOperation(document, op.name!.value, fragments)!;
        expected[sha256Hex(text)] = text;
      }
    }
    expect(Object.keys(PERSISTED_DOCUMENTS).length, 'run `npm run codegen`').toBe(Object.keys(expected).length);
    expect(PERSISTED_DOCUMENTS, 'run `npm run codegen`').toEqual(expected);
    // The typed client's ids are manifest keys.
    for (const hash of Object.values(ID)) expect(PERSISTED_DOCUMENTS[hash]).toBeDefined();
  });

  it('holds only documents within the default document limits (sent by hash, they skip the HTTP check)', async () => {
    const schema = await createSchema();
    const { limits } = loadConfig({ NODE_ENV: 'test' });
    const refused = Object.values(PERSISTED_DOCUMENTS)
      .map((text) => [text.slice(0, 60), checkDocumentLimits(schema, parse(text), limits)?.message] as const)
      .filter(([, message]) => message);
    expect(refused).toEqual([]);
  });

  it('keys a document by the canonical text: comments, spacing and fragment order do not matter', () => {
    const a = parse(
      'query Q { viewer { ...B ...A } } fragment A on Viewer { permissions } fragment B on Viewer { member { id } }',
    );
    const b = parse(
      '# c\nfragment B on Viewer { member { id } }\nquery Q {\n  viewer { ...B, ...A }\n}\nfragment A on Viewer { permissions }\nquery Other { __typename }',
    );
    expect(canonicalOperation(b, 'Q')).toBe(canonicalOperation(a));
    expect(canonicalOperation(b)).toBeNull(); // two operations and no name
    expect(canonicalOperation(parse('query Q { viewer { ...Missing } }'))).toBeNull();
  });
});

describe('automatic persisted queries (default mode)', () => {
  const server = useTestServer();
  let token: string;
  beforeAll(async () => {
    token = await server.signIn('dist-admin');
  });

  it('answers a hash alone with PERSISTED_QUERY_NOT_FOUND, then hash and query, then the hash alone', async () => {
    // A document no one shipped, so no instance knows it yet.
    const query = `query ApqProbe { viewer { member { loginName } } } # ${Date.now()}`;
    const sha256Hash = sha256Hex(query);
    const miss = await post(server, { extensions: apq(sha256Hash) }, token);
    expect(errorCodes(miss)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(miss.data).toBeUndefined();

    const register = await post(server, { query, extensions: apq(sha256Hash) }, token);
    expect(register.errors).toBeUndefined();
    expect(register.data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });

    const hit = await post(server, { extensions: apq(sha256Hash) }, token);
    expect(hit.errors).toBeUndefined();
    expect(hit.data).toEqual(register.data);
  });

  it('refuses a query whose hash does not match, and registers nothing', async () => {
    const query = `query ApqWrongHash { viewer { member { loginName } } } # ${Date.now()}`;
    const wrong = sha256Hex(`${query} `);
    const res = await post(server, { query, extensions: apq(wrong) }, token);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['BAD_REQUEST']);
    expect(res.errors?.[0].message).toMatch(/not the sha256/);
    expect(errorCodes(await post(server, { extensions: apq(wrong) }, token))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('knows every manifest document by hash without a registration, also as documentId', async () => {
    const byHash = await post<MemberData>(server, { extensions: apq(ID.WhoAmI) }, token);
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data?.viewer.member.loginName).toBe('dist-admin');
    const byId = await post(server, { documentId: `sha256:${ID.WhoAmI}` }, token);
    expect(byId.data).toEqual(byHash.data);
    const bareId = await post(server, { documentId: ID.WhoAmI }, token);
    expect(bareId.data).toEqual(byHash.data);
    const unknown = await post(server, { documentId: sha256Hex('nothing') }, token);
    expect(unknown.status).toBe(400);
    expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('serves persisted queries over GET', async () => {
    const params = new URLSearchParams({ operationName: 'WhoAmI', extensions: JSON.stringify(apq(ID.WhoAmI)) });
    const res = await fetch(`${server.url}/graphql?${params}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as { data?: MemberData; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer.member.loginName).toBe('dist-admin');
  });
});

describe('PERSISTED_DOCUMENTS_ONLY=true', () => {
  const server = useTestServer({}, { PERSISTED_DOCUMENTS_ONLY: 'true' });
  let token: string;
  beforeAll(async () => {
    // Even signing in goes through a manifest document.
    const signIn = await post<{ signIn?: { token?: string | null } }>(server, {
      extensions: apq(ID.SignInWithPassword),
      variables: { loginName: 'dist-admin', password: 'Partner@2026' },
    });
    token = signIn.data?.signIn?.token ?? '';
    expect(token, JSON.stringify(signIn)).toBeTruthy();
  });

  const expectRequired = (res: Answer) => {
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
    expect(res.data).toBeUndefined();
    expect(res.errors![0].message).toMatch(/persisted documents only/);
    expect(res.headers.get('x-request-id')).toBeTruthy(); // refused inside the normal pipeline
  };

  it('runs a known document by hash, by documentId, and sent in full', async () => {
    const byHash = await post<{ viewer: { partner: { dashboard: { consumptionByMonth: unknown[] } } } }>(
      server,
      { extensions: apq(ID.DashboardMobile), variables: { from: null, to: null } },
      token,
    );
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data?.viewer.partner.dashboard.consumptionByMonth.length).toBeGreaterThan(0);

    const byId = await post<MemberData>(server, { documentId: `sha256:${ID.WhoAmI}` }, token);
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.viewer.member.loginName).toBe('dist-admin');

    // The example file as written (comments, compact spacing) is the same document.
    const full = await post(server, { query: exampleText('auth/viewer.graphql') }, token);
    expect(full.errors).toBeUndefined();
    expect(full.data).toEqual(byId.data);

    // What a typed client sends: print() of a generated TypedDocumentNode.
    const typed = await post<MemberData>(server, { query: print(ViewerDocument) }, token);
    expect(typed.errors).toBeUndefined();
    expect(typed.data?.viewer.member.loginName).toBe('dist-admin');
  });

  it('refuses an unknown document, whether sent in full, by hash, registered by APQ, or by documentId', async () => {
    const unknown = 'query Mine { viewer { member { loginName mobile } } }';
    expectRequired(await post(server, { query: unknown }, token));
    expectRequired(await post(server, { extensions: apq(sha256Hex(unknown)) }, token));
    expectRequired(await post(server, { query: unknown, extensions: apq(sha256Hex(unknown)) }, token));
    expectRequired(await post(server, { documentId: sha256Hex(unknown) }, token));
    // ...and after the attempted registration it is still unknown.
    expectRequired(await post(server, { extensions: apq(sha256Hex(unknown)) }, token));
  });

  it('refuses a known operation smuggled next to another, introspection, and what does not parse', async () => {
    const known = exampleText('auth/viewer.graphql');
    expectRequired(
      await post(
        server,
        { query: `${known}\nquery Extra { viewer { member { mobile } } }`, operationName: 'Extra' },
        token,
      ),
    );
    expectRequired(await post(server, { query: '{ __schema { types { name } } }' }, token));
    expectRequired(await post(server, { query: 'query {' }, token));
    expectRequired(await post(server, { operationName: 'Nothing' }, token));
  });

  it('runs a known document next to others when operationName picks it', async () => {
    const known = exampleText('auth/viewer.graphql');
    const res = await post<MemberData>(
      server,
      { query: `${known}\nquery Extra { viewer { member { mobile } } }`, operationName: 'WhoAmI' },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.member.loginName).toBe('dist-admin');
    expect(res.data?.viewer.member.mobile).toBeUndefined();
  });
});
