/**
 * Partner account operations (seeds 000 and 003): the contracting entity (签约主体) of every partner,
 * and the demo distributor's and solution provider's online recharges, remittance claims and
 * withdrawals (cash and rebate) in every status, with their account change records. Drawn from
 * streams of their own, and the money they move nets to zero on each account (the cash events join
 * the partner's ledger; the bonus grant is raised by what the rebate withdrawals keep), so adding
 * them changed no seeded balance.
 */
import { TradeType } from '../src/modules/funds/funds.enums';
import { LedgerOwner } from '../src/modules/funds/funds.enums';
import { PartnerAccountType } from '../src/modules/partner/partner.entity';
import {
  RechargePaymentStatus,
  RemittanceClaimStatus,
  WithdrawalAccount,
  WithdrawalStatus,
} from '../src/modules/partner-account/partner-account.enums';
import type { Sink } from './customers';
import { DEMO_OPERATORS, type DemoPartnerKey } from './demo-data';
import { b36, DAY, HOUR, MINUTE, type PartnerPlan, yymmdd } from './model';
import { hash32, Rng } from './random';

const SUPPORTED = ['华为云计算技术有限公司', '华为软件技术有限公司'] as const;
const OTHERS = ['华为技术有限公司', 'HUAWEI CLOUDS (HK) LIMITED'] as const;

/** Demo partners' entities: one demo partner (other-reseller) is refused, to show the rule. */
const DEMO_ENTITIES: Partial<Record<DemoPartnerKey, string>> = {
  dist: SUPPORTED[0],
  reseller1: SUPPORTED[1],
  sp: SUPPORTED[1],
  'other-reseller': OTHERS[0],
};

/** Partners with the showcase operations. */
const SHOWCASE: readonly DemoPartnerKey[] = ['dist', 'sp'];

/** Cash: recharge + remittance = paid withdrawal + pending withdrawal (fen), so the cash balance is unchanged. */
const CASH = { recharge: 8_000_000, remittance: 5_000_000, pending: 3_000_000, paid: 10_000_000, rejected: 2_000_000 };
/** Bonus: what the pending and paid rebate withdrawals keep is added to the grant. */
const BONUS = { pending: 500_000, paid: 800_000, rejected: 300_000 };

const financeOperatorId = () => DEMO_OPERATORS.findIndex((o) => o.loginName === 'ops-finance') + 1;

export class FinanceAccountSeeder {
  constructor(
    private readonly sink: Sink,
    private readonly seed: number,
  ) {}

  /** 签约主体: fixed for demo partners; generated ones mostly a supported entity, about 1 in 12 another. */
  contractingEntity(p: PartnerPlan): string {
    const fixed = p.key ? DEMO_ENTITIES[p.key] : undefined;
    if (fixed) return fixed;
    const rng = new Rng(hash32(`contracting-entity:${this.seed}:${p.id}`));
    return rng.chance(1 / 12) ? rng.pick(OTHERS) : rng.pick(SUPPORTED);
  }

  /** What the seeded rebate withdrawals keep off the bonus account (added to its opening grant). */
  rebateHeld(p: PartnerPlan): number {
    return p.key && SHOWCASE.includes(p.key) ? BONUS.pending + BONUS.paid : 0;
  }

  /**
   * Pushes the showcase rows (after the organisation, before the ledgers are resolved); every other
   * demo partner gets one of each kind that moved no money for good (a FAILED recharge, a CANCELLED
   * claim, a REJECTED withdrawal), so each partner's lists have a row to show and to keep from others.
   */
  push(partners: readonly PartnerPlan[]): void {
    for (const p of partners) {
      if (p.key && SHOWCASE.includes(p.key)) this.showcase(p);
      else if (p.key) this.oneOfEach(p);
    }
  }

  /** (other-reseller's rows date from before its contract moved to an entity that cannot recharge.) */
  private oneOfEach(p: PartnerPlan): void {
    const rng = Rng.derive(this.seed, `finance-account:${p.id}`);
    const day = (d: number) => this.sink.ref - d * DAY + 10 * HOUR + rng.int(0, 6 * 60) * MINUTE;
    const ref = (prefix: string, t: number) =>
      `${prefix}${yymmdd(t)}${b36(hash32(`${this.seed}:${prefix}:${p.id}:${t}`), 8)}`;
    this.recharges(p, day, ref, [[RechargePaymentStatus.FAILED, 44, 500_000]]);
    this.claims(p, day, ref, [[RemittanceClaimStatus.CANCELLED, 24, 300_000, null]]);
    this.withdrawals(p, day, ref, [[WithdrawalAccount.CASH, WithdrawalStatus.REJECTED, 33, 10_000]]);
  }

  private showcase(p: PartnerPlan): void {
    const rng = Rng.derive(this.seed, `finance-account:${p.id}`);
    const day = (d: number) => this.sink.ref - d * DAY + 10 * HOUR + rng.int(0, 6 * 60) * MINUTE;
    const ref = (prefix: string, t: number) =>
      `${prefix}${yymmdd(t)}${b36(hash32(`${this.seed}:${prefix}:${p.id}:${t}`), 8)}`;
    this.recharges(p, day, ref);
    this.claims(p, day, ref);
    this.withdrawals(p, day, ref);
  }

  private cashEvent(p: PartnerPlan, t: number, amount: number, type: TradeType, tradeId: string): void {
    p.events.push({ t, amount, type, tradeId, seq: 0 });
  }

  private recharges(
    p: PartnerPlan,
    day: (d: number) => number,
    ref: (prefix: string, t: number) => string,
    plan: [RechargePaymentStatus, number, number][] = [
      [RechargePaymentStatus.SUCCEEDED, 62, CASH.recharge],
      [RechargePaymentStatus.FAILED, 45, 1_200_000],
      [RechargePaymentStatus.EXPIRED, 20, 600_000],
      [RechargePaymentStatus.PENDING, 0, 2_500_000],
    ],
  ): void {
    for (const [status, daysAgo, amount] of plan) {
      const createdAt = daysAgo === 0 ? this.sink.ref : day(daysAgo);
      const settledAt = status === RechargePaymentStatus.PENDING ? null : createdAt + 4 * MINUTE;
      const paymentReference = ref('RP', createdAt);
      this.sink.push('rechargePayment', {
        id: this.sink.nextId('rechargePayment'),
        partner: p.id,
        amount,
        status,
        paymentReference,
        providerReference: settledAt && status !== RechargePaymentStatus.EXPIRED ? ref('PAY', settledAt) : null,
        createdBy: p.adminId,
        createdAt,
        expiresAt: createdAt + 30 * MINUTE,
        settledAt: status === RechargePaymentStatus.EXPIRED ? createdAt + 30 * MINUTE : settledAt,
        settledBy: settledAt && status !== RechargePaymentStatus.EXPIRED ? financeOperatorId() : null,
      });
      if (status === RechargePaymentStatus.SUCCEEDED && settledAt)
        this.cashEvent(p, settledAt, amount, TradeType.RECHARGE, paymentReference);
    }
  }

  private claims(
    p: PartnerPlan,
    day: (d: number) => number,
    ref: (prefix: string, t: number) => string,
    plan: [RemittanceClaimStatus, number, number, string | null][] = [
      [RemittanceClaimStatus.CONFIRMED, 55, CASH.remittance, null],
      [RemittanceClaimStatus.REJECTED, 35, 900_000, '未查询到该银行流水号对应的汇款，请核对后重新提交。'],
      [RemittanceClaimStatus.CANCELLED, 25, 400_000, null],
      [RemittanceClaimStatus.PENDING, 3, 1_500_000, null],
    ],
  ): void {
    for (const [status, daysAgo, amount, reason] of plan) {
      const createdAt = day(daysAgo);
      const handledAt =
        status === RemittanceClaimStatus.PENDING ? null : createdAt + (rng(this.seed, p.id, daysAgo) + 2) * HOUR;
      const tradeId = status === RemittanceClaimStatus.CONFIRMED ? ref('RM', createdAt) : null;
      this.sink.push('remittanceClaim', {
        id: this.sink.nextId('remittanceClaim'),
        partner: p.id,
        amount,
        payerName: p.name,
        bankReference: `${yymmdd(createdAt - DAY)}${String(hash32(`${this.seed}:bank:${p.id}:${daysAgo}`)).padStart(10, '0')}`,
        remittedOn: new Date(createdAt - DAY).toISOString().slice(0, 10),
        memo: status === RemittanceClaimStatus.PENDING ? '季度备付金' : null,
        status,
        reason,
        tradeId,
        submittedBy: p.adminId,
        createdAt,
        handledAt,
        handledBy:
          status === RemittanceClaimStatus.CONFIRMED || status === RemittanceClaimStatus.REJECTED
            ? financeOperatorId()
            : null,
      });
      if (tradeId && handledAt) this.cashEvent(p, handledAt, amount, TradeType.REMITTANCE, tradeId);
    }
  }

  private withdrawals(
    p: PartnerPlan,
    day: (d: number) => number,
    ref: (prefix: string, t: number) => string,
    plan: [WithdrawalAccount, WithdrawalStatus, number, number][] = [
      [WithdrawalAccount.CASH, WithdrawalStatus.PAID, 40, CASH.paid],
      [WithdrawalAccount.CASH, WithdrawalStatus.REJECTED, 30, CASH.rejected],
      [WithdrawalAccount.CASH, WithdrawalStatus.PENDING, 2, CASH.pending],
      [WithdrawalAccount.BONUS, WithdrawalStatus.PAID, 38, BONUS.paid],
      [WithdrawalAccount.BONUS, WithdrawalStatus.REJECTED, 28, BONUS.rejected],
      [WithdrawalAccount.BONUS, WithdrawalStatus.PENDING, 1, BONUS.pending],
    ],
  ): void {
    let bonus = p.grants.bonus + this.rebateHeld(p) + this.sink.incentivesPaid(p);
    for (const [account, status, daysAgo, amount] of plan) {
      const createdAt = day(daysAgo);
      const handledAt = status === WithdrawalStatus.PENDING ? null : createdAt + 2 * DAY;
      const tradeId = ref('WD', createdAt);
      this.sink.push('withdrawal', {
        id: this.sink.nextId('withdrawal'),
        partner: p.id,
        account,
        amount,
        bankName: '中国工商银行北京海淀支行',
        accountName: p.name,
        accountNumber: `6222${String(hash32(`${this.seed}:account:${p.id}`)).padStart(12, '0')}`,
        status,
        tradeId,
        reason: status === WithdrawalStatus.REJECTED ? '收款户名与伙伴公司名称不一致。' : null,
        payoutReference: status === WithdrawalStatus.PAID ? ref('PO', handledAt ?? createdAt) : null,
        requestedBy: p.adminId,
        createdAt,
        handledAt,
        handledBy: handledAt ? financeOperatorId() : null,
      });
      const back = status === WithdrawalStatus.REJECTED && handledAt ? handledAt : null;
      if (account === WithdrawalAccount.CASH) {
        this.cashEvent(p, createdAt, -amount, TradeType.WITHDRAWAL, tradeId);
        if (back) this.cashEvent(p, back, amount, TradeType.WITHDRAWAL_RETURNED, tradeId);
        continue;
      }
      bonus = this.bonusRow(p, bonus, createdAt, -amount, TradeType.REBATE_WITHDRAWAL, tradeId);
      if (back) bonus = this.bonusRow(p, bonus, back, amount, TradeType.REBATE_WITHDRAWAL_RETURNED, tradeId);
    }
  }

  /** One row of the bonus account's ledger (after its opening grant); the balance after. */
  private bonusRow(p: PartnerPlan, before: number, t: number, amount: number, tradeType: TradeType, tradeId: string) {
    this.sink.push('accountChangeRecord', {
      id: this.sink.nextId('accountChangeRecord'),
      partner: p.id,
      ownerType: LedgerOwner.PARTNER,
      customer: null,
      accountType: PartnerAccountType.BONUS,
      tradeType,
      amount,
      balanceAfter: before + amount,
      tradeId,
      tradeTime: t,
    });
    return before + amount;
  }
}

/** A small deterministic number of hours for a handling delay. */
function rng(seed: number, partnerId: number, salt: number): number {
  return hash32(`${seed}:handled:${partnerId}:${salt}`) % 20;
}
