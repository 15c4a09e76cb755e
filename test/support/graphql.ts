/** Reading GraphQL answers in tests: error codes at the top level and in payloads. */

/** The extensions.code of every top-level error of an answer, in order ([] when there are none). */
export const errorCodes = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] | null }): unknown[] =>
  (res.errors ?? []).map((e) => e.extensions?.code);

/** The codes of a payload's userErrors (or of its per-item `failed` list), in order. */
export const userErrorCodes = (errors: readonly { code: string }[] | null | undefined): string[] =>
  (errors ?? []).map((e) => e.code);
