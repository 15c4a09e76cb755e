/** GraphQL over HTTP in tests: posting operations, signing demo members in, reading error codes from answers. */
import { DEMO_PASSWORD } from '../../seeds/demo-data';

/** The extensions.code of every top-level error of an answer, in order ([] when there are none). */
export const errorCodes = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] | null }): unknown[] =>
  (res.errors ?? []).map((e) => e.extensions?.code);

/** The extensions.code of an answer's first top-level error (undefined when there is none). */
export const firstErrorCode = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] | null }): unknown =>
  res.errors?.[0]?.extensions?.code;

/** The codes of a payload's userErrors (or of its per-item `failed` list), in order. */
export const userErrorCodes = (errors: readonly { code: string }[] | null | undefined): string[] =>
  (errors ?? []).map((e) => e.code);

/** POSTs a JSON body (query, variables, extensions…) to `${url}/graphql`, as `token`'s member if one is given. */
export function postGraphQL(
  url: string,
  body: Record<string, unknown>,
  token?: string | null,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
}

/** The signIn mutation the test clients sign demo members in with. */
export const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }';

/**
 * signIn(login, password = the demo password) over `signIn` (which answers the token or throws),
 * keeping each member's token: a member signed in with the demo password once is not signed in again.
 */
export function cachingSignIn(
  signIn: (loginName: string, password: string, as: ActorKindName) => Promise<string>,
): (loginName: string, password?: string, as?: ActorKindName) => Promise<string> {
  const tokens = new Map<string, string>();
  return async (loginName, password = DEMO_PASSWORD, as = 'MEMBER') => {
    const key = `${as}:${loginName}`;
    const cached = tokens.get(key);
    if (cached && password === DEMO_PASSWORD) return cached;
    const token = await signIn(loginName, password, as);
    tokens.set(key, token);
    return token;
  };
}

/** The kinds of actor that sign in (SignInInput.as). */
export type ActorKindName = 'MEMBER' | 'CUSTOMER' | 'OPERATOR';
