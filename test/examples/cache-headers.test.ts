// Cache-Control from the operation's shape: dashboard reads are cacheable for a minute by the
// caller only; everything else, mutations and answers with errors are no-store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHEABLE, NO_STORE, cacheControlFor } from '../../src/http/cache-headers';
import { persistedDocumentIds } from '../../examples/client/generated';
import { useTestServer } from '../support/server';
import { ROOT } from '../support/paths';

const policy = (text: string, operationName?: string) => {
  const document = parse(text);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return cacheControlFor(
    document,
    operationName ? operations.find((o) => o.name?.value === operationName)! : operations[0],
  );
};

describe('cache policy of an operation', () => {
  it('caches queries whose every root field leads only to viewer.partner.dashboard', () => {
    expect(policy('{ viewer { partner { dashboard { from to } } } }')).toBe(CACHEABLE);
    expect(
      policy(
        'query { __typename viewer { __typename partner { d1: dashboard(from: "2026-01") { from } d2: dashboard { to } } } }',
      ),
    ).toBe(CACHEABLE);
    expect(
      policy('query { viewer { ...P } } fragment P on Viewer { partner { ... on Partner { dashboard { from } } } }'),
    ).toBe(CACHEABLE);
    expect(
      policy(
        'query A { viewer { partner { dashboard { from } } } } mutation B { signIn(input: { loginName: "a", password: "b" }) { token } }',
        'A',
      ),
    ).toBe(CACHEABLE);
  });

  it('does not cache anything else next to or instead of the dashboard', () => {
    expect(policy('{ viewer { partner { name dashboard { from } } } }')).toBe(NO_STORE);
    expect(policy('{ viewer { member { loginName } partner { dashboard { from } } } }')).toBe(NO_STORE);
    expect(policy('{ viewer { partner { dashboard { from } } } node(id: "x") { id } }')).toBe(NO_STORE);
    expect(policy('query ($id: ID!) { node(id: $id) { ... on Partner { dashboard { from } } } }')).toBe(NO_STORE);
    expect(policy('{ viewer { partner { customers { totalCount } } } }')).toBe(NO_STORE);
    expect(policy('{ __typename }')).toBe(NO_STORE);
    expect(policy('{ __schema { queryType { name } } }')).toBe(NO_STORE);
    expect(policy('{ viewer { ...Missing } }')).toBe(NO_STORE);
    expect(
      policy(
        'query A { viewer { partner { dashboard { from } } } } mutation B { signIn(input: { loginName: "a", password: "b" }) { token } }',
        'B',
      ),
    ).toBe(NO_STORE);
  });
});

describe('Cache-Control over HTTP', () => {
  const server = useTestServer();
  let token: string;
  beforeAll(async () => {
    token = await server.signIn('dist-admin');
  });
  const example = (file: string) => readFileSync(join(ROOT, 'examples', file), 'utf8');

  it('marks the dashboard examples private, max-age=60, varying by Authorization', async () => {
    for (const file of ['dashboard/dashboard.graphql', 'dashboard/dashboard-mobile.graphql']) {
      const res = await server.execute(example(file), {}, token);
      expect(res.errors, file).toBeUndefined();
      expect(res.headers.get('cache-control'), file).toBe('private, max-age=60');
      expect(res.headers.get('vary')?.toLowerCase(), file).toContain('authorization');
    }
  });

  it('also for a hash-only GET, the request a phone can cache', async () => {
    const params = new URLSearchParams({
      operationName: 'DashboardMobile',
      variables: JSON.stringify({}),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: persistedDocumentIds.DashboardMobile } }),
    });
    const res = await fetch(`${server.url}/graphql?${params}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(res.headers.get('cache-control')).toBe('private, max-age=60');
  });

  it('answers no-store for other reads, mutations, refusals and errors', async () => {
    const viewer = await server.execute(example('auth/viewer.graphql'), {}, token);
    expect(viewer.errors).toBeUndefined();
    expect(viewer.headers.get('cache-control')).toBe('no-store');

    const reseller = await server.execute(
      example('dashboard/reseller-dashboard.graphql'),
      { id: 'UGFydG5lcjoz' },
      token,
    );
    expect(reseller.headers.get('cache-control')).toBe('no-store');

    const signIn = await server.execute(example('auth/sign-in.graphql'), {
      loginName: 'dist-admin',
      password: 'Partner@2026',
    });
    expect(signIn.data).toBeTruthy();
    expect(signIn.headers.get('cache-control')).toBe('no-store');

    // A dashboard read that fails (a range too far back) must not be cached either.
    const badRange = await server.execute(
      'query { viewer { partner { dashboard(from: "2001-01") { from } } } }',
      {},
      token,
    );
    expect(badRange.errors?.length).toBeGreaterThan(0);
    expect(badRange.headers.get('cache-control')).toBe('no-store');

    // Anonymous: UNAUTHENTICATED.
    const anonymous = await server.execute(example('dashboard/dashboard-mobile.graphql'), {});
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');

    const parseError = await server.execute('query {', {}, token);
    expect(parseError.headers.get('cache-control')).toBe('no-store');
  });
});
