/** Incentive test helpers: records by stage, the bonus balance, an operator's step. */
import { IncentiveListDocument, IncentiveProcessDocument, type OperatorIncentiveAction } from '../generated/graphql';
import { gid } from './ids';
import { type HasOrm, sql } from './rows';
import type { TestServer } from './server';

/** The global id of a partner's first (lowest id) non-PCE record in `stage`, from the rows. */
export async function incentiveInStage(db: HasOrm, partnerId: number, stage: string): Promise<string> {
  const [row] = await sql<{ id: number }>(
    db,
    "select id from incentive_record where partner_id = ? and stage = ? and incentive_type <> 'PCE_OPPORTUNITY' order by id limit 1",
    [partnerId, stage],
  );
  if (!row) throw new Error(`no ${stage} incentive of partner ${partnerId}`);
  return gid('IncentiveRecord', Number(row.id));
}

/** A partner's bonus account (奖励账户) balance in fen. */
export async function bonusBalance(db: HasOrm, partnerId: number): Promise<number> {
  const [row] = await sql<{ amount: number }>(
    db,
    'select amount from partner_account where partner_id = ? and account_type = 5',
    [partnerId],
  );
  return Number(row.amount);
}

/** One operator step; answers the payload. */
export async function operatorStep(
  server: TestServer,
  token: string,
  id: string,
  action: OperatorIncentiveAction,
  reason?: string,
) {
  const res = await server.execute(IncentiveProcessDocument, { input: { id, action, reason } }, token);
  if (!res.data) throw new Error(`processIncentive failed: ${JSON.stringify(res.errors)}`);
  return res.data.processIncentive;
}

/** The partner's records as its member sees them (first 100). */
export async function partnerIncentives(server: TestServer, token: string) {
  const res = await server.execute(IncentiveListDocument, { first: 100 }, token);
  if (!res.data) throw new Error(`incentives failed: ${JSON.stringify(res.errors)}`);
  return res.data.viewer.partner.incentives!.nodes;
}
