/**
 * The customer's side of a workflow, walked through the API as the customer: sign in as the cloud
 * account, ask for a verification code and read it from the outbox (support/association.ts acts
 * with it: customerAnswers, customerAsksUnbind).
 */
import type { TestServer } from './server';
import { sentCustomerCode } from './rows';

type Server = Pick<TestServer, 'execute' | 'signIn' | 'orm'>;

const REQUEST_CODE =
  'mutation ($input: RequestVerificationCodeInput!) { requestVerificationCode(input: $input) { sentTo userErrors { code } } }';

/** The customer's token (signIn as: CUSTOMER with the demo password). */
export const customerToken = (server: Server, accountName: string) => server.signIn(accountName, undefined, 'CUSTOMER');

/** A fresh verification code of the customer for one of its operations, read from the outbox. */
export async function customerCode(server: Server, accountName: string, operation: string): Promise<string> {
  const res = await server.execute<{ requestVerificationCode: { userErrors: { code: string }[] } }, unknown>(
    REQUEST_CODE,
    { input: { operation } },
    await customerToken(server, accountName),
  );
  const errors = res.data?.requestVerificationCode.userErrors ?? res.errors;
  if (!res.data || res.data.requestVerificationCode.userErrors.length)
    throw new Error(`no code for ${accountName}: ${JSON.stringify(errors)}`);
  return sentCustomerCode(server, accountName);
}
