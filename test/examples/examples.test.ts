// Every example operation (examples/**/*.graphql) runs against the seeded demo data through the
// real server, as dist-admin, and must answer without errors and with content: examples never rot.
// Mutations must also come back without userErrors (they are written to be safe to run: small
// amounts, idempotency keys). The README's example queries must be examples, word for word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalOperation } from '../../src/http/persisted-documents';
import { useTestServer } from '../support/server';
import { hasContent, loadExamples, lookUpPlaceholders, refusals, resolvePlaceholders } from '../support/examples';
import { ROOT } from '../support/paths';

const examples = loadExamples();
const AREAS = ['auth', 'customers', 'coupons', 'funds', 'orders', 'consumption', 'dashboard', 'organisation'];

describe('examples', () => {
  const server = useTestServer();
  let token: string;
  let placeholders: Record<string, string>;

  beforeAll(async () => {
    token = await server.signIn('dist-admin');
    placeholders = await lookUpPlaceholders(server, token);
  });

  it('cover every area, with reads and mutations, under unique operation names', () => {
    for (const area of AREAS)
      expect(
        examples.some((e) => e.file.startsWith(`examples/${area}/`)),
        area,
      ).toBe(true);
    const mutations = examples.filter((e) => e.operation.operation === 'mutation');
    expect(mutations.length).toBeGreaterThanOrEqual(3);
    // Money-moving examples move little.
    for (const m of mutations)
      for (const amount of JSON.stringify(m.variables).match(/"(?:amount|faceValue)":"[^"]*"/g) ?? [])
        expect(Number(amount.split(':')[1].replace(/"/g, '')), m.file).toBeLessThanOrEqual(1);
    const names = examples.map((e) => e.operation.name!.value);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(examples.map((e) => [e.file, e] as const))('%s runs on the demo data', async (_file, example) => {
    const variables = resolvePlaceholders(example.variables, placeholders, example.file) as Record<string, unknown>;
    const res = await server.execute<Record<string, unknown>, Record<string, unknown>>(example.text, variables, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.status).toBe(200);
    expect(hasContent(res.data), JSON.stringify(res.data)).toBe(true);
    if (example.operation.operation === 'mutation') expect(refusals(res.data)).toEqual([]);
    // Safe to run twice: a money-moving example carries an idempotency key, so the second run
    // replays the first answer (same coupon, same transfer) instead of doing it again.
    if (JSON.stringify(example.variables).includes('idempotencyKey')) {
      const again = await server.execute<Record<string, unknown>, Record<string, unknown>>(
        example.text,
        variables,
        token,
      );
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(res.data);
    }
  });

  it('include every named operation the README shows, word for word', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) =>
      parse(m[1]).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && !!d.name,
      ),
    );
    expect(shown.length).toBeGreaterThan(0);
    const exampleTexts = new Set(examples.map((e) => canonicalOperation(e.document)));
    const missing = shown
      .map((op) => canonicalOperation({ kind: Kind.DOCUMENT, definitions: [op] }))
      .filter((text) => !exampleTexts.has(text));
    expect(missing).toEqual([]);
  });
});
