/**
 * Every error code the API answers with, and what it means. The README's error table lists each
 * one (a test checks), and schema descriptions refer to them.
 */
export const ERROR_CODES = {
  // Top-level errors (`errors[].extensions.code`).
  UNAUTHENTICATED: 'No valid bearer token: sign in with signIn and send `Authorization: Bearer <token>`. HTTP 401 when a token was sent but is invalid or expired.',
  FORBIDDEN: 'The object exists in your view but this field or operation is not allowed for your roles, identity or partner (e.g. non-basic fields of a reseller\'s customer).',
  NOT_FOUND: 'No object with that id is visible to you. Ids of other partners answer exactly like ids that do not exist.',
  BAD_USER_INPUT: 'An argument is malformed or out of range: page size outside 1–100, a cursor or global id that is not ours, a malformed date, a range backwards or too long, a bill cycle outside the last 18 months.',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema.',
  INTERNAL_SERVER_ERROR: 'Something failed on the server; the message is masked, and `x-request-id` names the log entry.',
  // Mutation payload errors (`userErrors[].code`).
  INVALID_CREDENTIALS: 'signIn: the login name or password is wrong (both answer the same).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
