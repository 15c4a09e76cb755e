/**
 * The customer's side of a workflow, walked through the API as the customer: sign in as the cloud
 * account, ask for a verification code, read it from the outbox, act.
 */
import type { TestServer } from './server';
import { sentCustomerCode } from './rows';

type Server = Pick<TestServer, 'execute' | 'signIn' | 'orm'>;

const REQUEST_CODE =
  'mutation ($input: RequestVerificationCodeInput!) { requestVerificationCode(input: $input) { sentTo userErrors { code } } }';

const ANSWER = `mutation ($input: AnswerUnbindRequestInput!) {
  answerUnbindRequest(input: $input) {
    event { id status }
    reclaimedCouponCount
    returnedBalance { amount }
    userErrors { code field message }
  }
}`;

export interface CustomerAnswer {
  event: { id: string; status: string } | null;
  reclaimedCouponCount: number;
  returnedBalance: { amount: string } | null;
  userErrors: { code: string; field: string | null; message: string }[];
}

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

/** The customer answers its partner's unbind request (with a fresh code), as the customer. */
export async function answerUnbindAsCustomer(
  server: Server,
  accountName: string,
  eventId: string,
  approve: boolean,
  reason?: string,
): Promise<CustomerAnswer> {
  const verificationCode = await customerCode(server, accountName, 'ANSWER_UNBIND_REQUEST');
  const res = await server.execute<{ answerUnbindRequest: CustomerAnswer }, unknown>(
    ANSWER,
    { input: { eventId, approve, reason, verificationCode } },
    await customerToken(server, accountName),
  );
  if (!res.data) throw new Error(`answerUnbindRequest failed: ${JSON.stringify(res.errors)}`);
  return res.data.answerUnbindRequest;
}
