// The typed client example (examples/client) compiles on its own and works against a real server.
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient, GraphQLRequestError } from '../../examples/client/client';
import { DashboardMobileDocument, WhoAmIDocument, persistedDocumentIds } from '../../examples/client/generated';
import { main } from '../../examples/client/main';
import { useTestServer } from '../support/server';
import { ROOT } from '../support/paths';

describe('typed client example', () => {
  const server = useTestServer();
  let endpoint: string;
  beforeAll(async () => {
    endpoint = `${server.url}/graphql`;
  });

  it('type-checks with examples/client/tsconfig.json', () => {
    const configPath = join(ROOT, 'examples', 'client', 'tsconfig.json');
    const config = ts.getParsedCommandLineOfConfigFile(
      configPath,
      { noEmit: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(String(d.messageText));
        },
      },
    )!;
    expect(config.fileNames.map((f) => f.slice(f.lastIndexOf('/') + 1)).sort()).toEqual([
      'client.ts',
      'generated.ts',
      'main.ts',
    ]);
    const program = ts.createProgram(config.fileNames, config.options);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('runs main(): signs in and prints the phone dashboard', async () => {
    const lines: string[] = [];
    await main(endpoint, (line) => lines.push(line));
    expect(lines[0]).toBe('signed in as 陈立新 (dist-admin)');
    expect(lines[1]).toMatch(/^resale revenue: \d+\.\d{2}$/);
    expect(lines.filter((l) => /^ {2}\d{4}-\d{2} +\d+\.\d{2}$/.test(l)).length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith('balance alerts: '))).toBe(true);
  });

  it('sends only the hash, and the query once when the server does not know the hash', async () => {
    const token = await server.signIn('dist-admin');
    const bodies: Record<string, unknown>[] = [];
    const recording: typeof fetch = async (input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    };
    const data = await createClient({ url: endpoint, token, fetch: recording }).request(DashboardMobileDocument, {});
    expect(data.viewer.partner.dashboard?.consumptionByMonth.length).toBeGreaterThan(0);
    expect(bodies).toEqual([
      {
        operationName: 'DashboardMobile',
        variables: {},
        extensions: { persistedQuery: { version: 1, sha256Hash: persistedDocumentIds.DashboardMobile } },
      },
    ]);

    // A server with another manifest: simulate it by changing the hash on the way out.
    bodies.length = 0;
    const stale: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body));
      if (body.extensions) body.extensions.persistedQuery.sha256Hash = '0'.repeat(64);
      bodies.push(body);
      return fetch(input, { ...init, body: JSON.stringify(body) });
    };
    const again = await createClient({ url: endpoint, token, fetch: stale }).request(WhoAmIDocument);
    expect(again.viewer.member.loginName).toBe('dist-admin');
    expect(bodies.map((b) => Object.keys(b).sort())).toEqual([
      ['extensions', 'operationName', 'variables'],
      ['operationName', 'query', 'variables'],
    ]);
  });

  it('throws the top-level errors with their codes', async () => {
    const error = await createClient({ url: endpoint })
      .request(WhoAmIDocument)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
  });
});
