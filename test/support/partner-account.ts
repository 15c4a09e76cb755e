/** Helpers of the partner account operation tests (recharge, remittance claims, withdrawals). */
import { PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { AcctRequestCodeDocument } from '../generated/graphql';
import { type HasOrm, sentVerificationCode, sql } from './rows';
import type { TestServer } from './server';
import { runMaintenanceJob } from './maintenance';

/** A fresh WITHDRAW verification code of a demo member (one per member and minute: use another member for the next). */
export async function withdrawCode(server: TestServer, login: string): Promise<string> {
  const res = await server.execute(
    AcctRequestCodeDocument,
    { input: { operation: 'WITHDRAW' } },
    await server.signIn(login),
  );
  const errors = res.data?.requestVerificationCode.userErrors ?? [];
  if (!res.data || errors.length) throw new Error(`no code for ${login}: ${JSON.stringify(res.errors ?? errors)}`);
  return sentVerificationCode(server, login, /code for WITHDRAW is (\d{6})/);
}

/** The balance (fen) of one of a partner's accounts. */
export async function accountBalance(db: HasOrm, partnerId: number, type: PartnerAccountType): Promise<number> {
  const [row] = await sql<{ amount: number | string }>(
    db,
    'select amount from partner_account where partner_id = ? and account_type = ?',
    [partnerId, type],
  );
  return Number(row?.amount ?? 0);
}

/** The allocatable part (amount − designated amount) of a partner's cash account, fen. */
export async function allocatable(db: HasOrm, partnerId: number): Promise<number> {
  const [row] = await sql<{ a: number | string }>(
    db,
    'select amount - designated_amount as a from partner_account where partner_id = ? and account_type = ?',
    [partnerId, PartnerAccountType.CASH],
  );
  return Number(row.a);
}

/** What a partner has been invoiced and not returned (fen): cash up to it is withdrawn only after 退票. */
export async function invoicedNotReturned(db: HasOrm, partnerId: number): Promise<number> {
  const [row] = await sql<{ a: number | string | null }>(
    db,
    "select coalesce(sum(amount), 0) as a from invoice where partner_id = ? and status in ('ISSUED', 'SHIPPED', 'RECEIVED', 'RETURN_REQUESTED')",
    [partnerId],
  );
  return Number(row.a);
}

/** The account change records (收支明细) with a trade id, oldest first. */
export function ledgerRows(db: HasOrm, tradeId: string) {
  return sql<{ trade_type: string; amount: number | string; account_type: number; partner_id: number }>(
    db,
    'select trade_type, amount, account_type, partner_id from account_change_record where trade_id = ? order by id',
    [tradeId],
  ).then((rows) => rows.map((r) => [r.trade_type, Number(r.amount), Number(r.account_type), Number(r.partner_id)]));
}

/** Runs the maintenance job `expire-recharge-payments` as its runner would at `now`; the rows it changed. */
export const runRechargeExpiry = (server: TestServer, now: Date): Promise<number> =>
  runMaintenanceJob(server, 'expire-recharge-payments', now);
