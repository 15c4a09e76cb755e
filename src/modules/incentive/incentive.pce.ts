/**
 * PCE机会点共享专项激励 eligibility (seed 002), computed from the cloud-account registry and the
 * orders when read: one statement for a whole page of records.
 */
import type { Context } from '../../context';
import { money } from '../../common/money';
import { placeholders, rows } from '../../db/sql';
import { IncentiveType } from './incentive.enums';
import type { IncentiveRecord } from './incentive.entity';
import type { PceEligibility } from './incentive.types';

/**
 * (design) The cap on the cash an enterprise's accounts may have paid before the opportunity was
 * verified: 10 000.00 CNY. Seed 002 states a cap without its value; one constant to change.
 */
export const PCE_CASH_CAP_FEN = 1_000_000;

interface PceFacts {
  id: number;
  enterprise: string | null;
  first: boolean;
  cash: number;
}

/** Cash an order paid: after discounts, less coupons, cash coupons and the partner's credit. */
const CASH = 'o.amount_after_discount - o.coupon_amount - o.cash_coupon_amount - o.credit_amount';

/**
 * When the opportunity was verified (机会点“验证通过”): the earliest VERIFIED opportunity the partner
 * shared for the record's account (modules/opportunity), or, for a record settled without one, the
 * date the cloud settled it with (IncentiveRecord.opportunityVerifiedAt).
 */
const VERIFIED_AT = `coalesce((select min(op.verified_at) from opportunity op
  where op.partner_id = r.partner_id and op.cloud_account_id = r.opportunity_account_id
    and op.status = 'VERIFIED'), r.opportunity_verified_at)`;

const FACTS_SQL = (n: readonly number[]) => `
select r.id, ca.real_name_enterprise as enterprise,
  case when ca.real_name_verified_at is not null and not exists (
    select 1 from cloud_account c2
     where c2.real_name_enterprise = ca.real_name_enterprise and c2.real_name_verified_at is not null
       and (c2.real_name_verified_at < ca.real_name_verified_at
            or (c2.real_name_verified_at = ca.real_name_verified_at and c2.id < ca.id))
  ) then 1 else 0 end as first_account,
  (select coalesce(sum(${CASH}), 0) from customer_order o
     join sub_customer s on s.id = o.customer_id
     join cloud_account c3 on c3.account_name = s.account_name
    where c3.real_name_enterprise = ca.real_name_enterprise
      and o.payment_time is not null and o.payment_time < ${VERIFIED_AT}) as cash
from incentive_record r join cloud_account ca on ca.id = r.opportunity_account_id
where r.id in (${placeholders(n)})`;

/** The explained verdict from the facts of one record. */
export function pceVerdict(facts: PceFacts | undefined): PceEligibility {
  const enterprise = facts?.enterprise ?? null;
  const first = Boolean(facts?.first) && enterprise != null;
  const cash = facts?.cash ?? 0;
  const withinCap = cash <= PCE_CASH_CAP_FEN;
  const reasons = [
    enterprise == null
      ? '客户账号未完成企业实名认证,不是华为云新客户。'
      : first
        ? `客户账号是企业“${enterprise}”的首个实名认证账号,是华为云新客户。`
        : `企业“${enterprise}”已有更早实名认证的账号,该账号不是华为云新客户。`,
    withinCap
      ? `机会点验证通过前企业实名下所有账户累计现金付费 ${money(cash).amount} 元,不大于上限 ${money(PCE_CASH_CAP_FEN).amount} 元。`
      : `机会点验证通过前企业实名下所有账户累计现金付费 ${money(cash).amount} 元,超过上限 ${money(PCE_CASH_CAP_FEN).amount} 元。`,
  ];
  return {
    eligible: first && withinCap,
    newCloudCustomer: first,
    enterprise,
    cashPaidBeforeVerification: money(cash),
    cashCap: money(PCE_CASH_CAP_FEN),
    reasons,
  };
}

/** IncentiveRecord.pceEligibility: null for other types; one statement per page of records. */
export function pceEligibilityById(ctx: Context) {
  return ctx.loaders.get<number, PceFacts | undefined>('pceEligibilityById', '', async (ids) => {
    const found = await rows(ctx.em, FACTS_SQL(ids), [...ids]);
    const facts = new Map(
      found.map((r) => [
        Number(r.id),
        {
          id: Number(r.id),
          enterprise: r.enterprise == null ? null : String(r.enterprise),
          first: Number(r.first_account) === 1,
          cash: Number(r.cash),
        },
      ]),
    );
    return ids.map((id) => facts.get(id));
  });
}

export async function pceEligibilityOf(ctx: Context, record: IncentiveRecord): Promise<PceEligibility | null> {
  if (record.incentiveType !== IncentiveType.PCE_OPPORTUNITY) return null;
  return pceVerdict(await pceEligibilityById(ctx).load(record.id));
}
