// Every string argument (literal or variable, at any depth, through fragments) is checked for
// control characters before anything runs (src/http/text-inputs.ts); here on the real schema.
import { getOperationAST, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { checkTextInputs, textProblem } from '../../src/http/text-inputs';
import { createSchema } from '../../src/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const check = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const document = parse(query);
  const refusal = checkTextInputs(schema, document, getOperationAST(document, operationName)!, variables);
  return refusal && { message: refusal.message, extensions: refusal.extensions };
};

const CUSTOMERS =
  'query ($f: CustomerFilter) { viewer { partner { customers(first: 1, filter: $f) { totalCount } } } }';
const ALLOCATE = 'mutation ($input: AllocateFundsInput!) { allocateFunds(input: $input) { userErrors { code } } }';

describe('control characters in text inputs', () => {
  it('textProblem: C0, DEL, C1 and lone surrogates are refused; tab, newlines and any other text pass', () => {
    for (const bad of ['a\u0000b', '\u0001', 'x\u001b[31m', '\u007f', '\u0085', '\u009f', 'a\ud800', '\udc00b']) {
      expect(textProblem(bad), JSON.stringify(bad)).not.toBeNull();
    }
    for (const good of ['', 'memo\twith\ttabs', 'two\nlines\r\n', '伙伴中心', 'emoji 😀', '\u00a0nbsp', '\u200b']) {
      expect(textProblem(good), JSON.stringify(good)).toBeNull();
    }
    expect(textProblem('ab\u0000')).toBe('holds the control character U+0000 at index 2');
  });

  it('refuses a NUL in a variable, naming the argument path', () => {
    expect(check(CUSTOMERS, { f: { accountName: 'a\u0000b' } })).toEqual({
      message:
        'Argument filter.accountName of Partner.customers holds the control character U+0000 at index 1; text inputs may hold tab, line feed and carriage return but no other control character.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.accountName', http: { status: 400 } },
    });
  });

  it('refuses one in an inline literal, in a nested list item and in a fragment', () => {
    expect(
      check('{ viewer { partner { customers(first: 1, filter: { label: "x\\u0007" }) { totalCount } } } }')?.extensions
        ?.field,
    ).toBe('filter.label');
    expect(
      check(ALLOCATE, {
        input: {
          allocations: [
            { customerId: 'U3ViQ3VzdG9tZXI6MQ', amount: '1.00' },
            { customerId: 'U3ViQ3VzdG9tZXI6Mg\u0000', amount: '1.00' },
          ],
        },
      })?.extensions?.field,
    ).toBe('input.allocations[1].customerId');
    expect(
      check('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b\u001f'] })?.extensions?.field,
    ).toBe('ids[1]');
    expect(
      check(
        'query ($n: String) { viewer { partner { ...P } } } fragment P on Partner { ...Q } fragment Q on Partner { customers(first: 1, filter: { accountName: $n }) { totalCount } }',
        { n: '\u0000' },
      )?.extensions?.field,
    ).toBe('filter.accountName');
  });

  it('checks the operation that runs, and default values of its variables', () => {
    const two = `query A { viewer { partner { customers(first: 1, filter: { label: "\\u0000" }) { totalCount } } } }
      query B { viewer { member { id } } }`;
    expect(check(two, undefined, 'B')).toBeNull();
    expect(check(two, undefined, 'A')?.extensions?.field).toBe('filter.label');
    expect(
      check(
        'query ($f: CustomerFilter = { accountName: "\\u0000" }) { viewer { partner { customers(first: 1, filter: $f) { totalCount } } } }',
      )?.extensions?.field,
    ).toBe('filter.accountName');
  });

  it('lets clean requests and tab/newline memos through, and leaves malformed variables to execution', () => {
    expect(check(CUSTOMERS, { f: { accountName: 'Acme\tLtd', label: 'a\nb' } })).toBeNull();
    expect(
      check(ALLOCATE, {
        input: { allocations: [{ customerId: 'U3ViQ3VzdG9tZXI6MQ', amount: '1.00' }], memo: 'line 1\r\nline 2' },
      }),
    ).toBeNull();
    expect(check(CUSTOMERS, { f: { accountName: 1 } })).toBeNull();
  });
});
