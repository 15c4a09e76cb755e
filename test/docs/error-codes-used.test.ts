// Every error code the code base can answer with is listed (and described) in ERROR_CODES, which
// the README table mirrors (test/schema/error-codes.test.ts). UserError and itemError take an
// ErrorCode (keyof typeof ERROR_CODES), so the compiler checks every user error; the type test
// below keeps it so. The other ways this project makes codes (extensions, HTTP refusals, rule
// results typed as strings) are found by reading the sources; codes built from variables come from
// one of these literals somewhere else, so the literals are the whole set.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../src/common/error-codes';
import { TopLevelErrorCode, UserError } from '../../src/common/errors';
import { itemError } from '../../src/common/payload';
import { LimitCode } from '../../src/http/limits';
import { PersistedDocumentCode } from '../../src/http/persisted-documents';

const SRC = join(__dirname, '..', '..', 'src');
const CODE = `'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'`;
const PATTERNS = [
  new RegExp(`\\bAppError\\(\\s*${CODE}`, 'g'),
  new RegExp(`\\bcode:\\s*${CODE}`, 'g'), // { code: 'CODE', … } in results and error extensions
  new RegExp(`\\brefuse\\(\\s*res,\\s*\\d+,\\s*${CODE}`, 'g'), // HTTP refusals before GraphQL
];

// Codes Apollo Server itself answers with and src/server.ts passes through to clients.
const APOLLO_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** code → the files that use it. */
function codesUsed(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const add = (code: string, where: string) => used.set(code, (used.get(code) ?? new Set()).add(where));
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) for (const match of text.matchAll(pattern)) add(match[1], relative(SRC, file));
  }
  for (const code of [
    ...Object.values(TopLevelErrorCode),
    ...Object.values(LimitCode),
    ...Object.values(PersistedDocumentCode),
  ])
    add(code, 'code constants');
  for (const code of APOLLO_CODES) add(code, '@apollo/server');
  return used;
}

describe('error codes in the sources', () => {
  it('user errors take an ErrorCode: the compiler checks each one against ERROR_CODES', () => {
    expectTypeOf<ConstructorParameters<typeof UserError>[0]>().toEqualTypeOf<ErrorCode>();
    expectTypeOf(itemError).parameter(0).toEqualTypeOf<ErrorCode>();
  });

  it('finds the codes (the patterns still match how errors are made)', () => {
    const used = codesUsed();
    for (const code of [
      'INVALID_CREDENTIALS',
      'AMOUNT_TOO_LARGE',
      'ROLE_COUNT_OUT_OF_RANGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'QUERY_TOO_DEEP',
      'NOT_FOUND',
    ])
      expect(used.has(code), code).toBe(true);
  });

  it('lists every code used in src in ERROR_CODES (and so in the README table)', () => {
    const listed = new Set(Object.keys(ERROR_CODES));
    const missing = [...codesUsed()]
      .filter(([code]) => !listed.has(code))
      .map(([code, files]) => `${code} (${[...files].join(', ')})`);
    if (missing.length)
      console.error(`Codes used in src but missing from src/common/error-codes.ts:\n  ${missing.join('\n  ')}`);
    expect(missing).toEqual([]);
  });
});
