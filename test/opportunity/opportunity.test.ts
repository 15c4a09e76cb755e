/**
 * Opportunities shared with the cloud (共享给华为, PO, seed 001): shared without choosing an office,
 * a new customer routed to its region's PSM, verified or rejected by the cloud's operator (the
 * sharer is told), and the PCE incentive reading the verification; refusals per code, nothing changed.
 */
import { describe, expect, it } from 'vitest';
import {
  IncentivePceDocument,
  LeadNotificationsDocument,
  OpportunityListDocument,
  OpportunityOperatorListDocument,
  OpportunityReviewDocument,
  OpportunityShareDocument,
} from '../generated/graphql';
import { OpportunityStatus } from '../../src/modules/opportunity/opportunity.enums';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'dist-ops']);
const operators = useTokens(server, ['ops-eco', 'ops-finance'], 'OPERATOR');

describe('opportunities (共享给华为)', () => {
  it('the seeds hold every status; the offices list their regions and PSMs', async () => {
    const res = await server.execute(OpportunityListDocument, { first: 100 }, members['dist-admin']);
    const nodes = res.data!.viewer.partner.opportunities!.nodes;
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(Object.values(OpportunityStatus)));
    expect(nodes.find((n) => n.status === 'VERIFIED')).toMatchObject({ statusName: '验证通过' });
    expect(nodes.find((n) => n.status === 'REJECTED')!.rejectReason).toBeTruthy();
    expect(res.data!.viewer.representativeOffices.map((o) => o.region)).toContain('广东');
  });

  it('shares, routes a new customer to its region’s PSM, and is walked to 验证通过 by an operator', async () => {
    const shared = await server.execute(
      OpportunityShareDocument,
      {
        input: {
          customerName: '江门新会陈皮产业园',
          region: '广东',
          description: '电商平台上云',
          idempotencyKey: 'po-1',
        },
      },
      members['dist-am'],
    );
    const o = shared.data!.shareOpportunity.opportunity!;
    expect(o).toMatchObject({ status: 'SUBMITTED', newCustomer: true, office: { region: '广东', psmName: '黄海涛' } });
    const replay = await server.execute(
      OpportunityShareDocument,
      {
        input: {
          customerName: '江门新会陈皮产业园',
          region: '广东',
          description: '电商平台上云',
          idempotencyKey: 'po-1',
        },
      },
      members['dist-am'],
    );
    expect(replay.data!.shareOpportunity.opportunity!.id).toBe(o.id);
    const verify = (action: 'START_VERIFICATION' | 'VERIFY' | 'REJECT', reason?: string) =>
      server.execute(OpportunityReviewDocument, { input: { id: o.id, action, reason } }, operators['ops-eco']);
    const early = await verify('VERIFY');
    expect(userErrorCodes(early.data!.reviewOpportunity.userErrors)).toEqual(['OPPORTUNITY_STATUS_INVALID']);
    expect((await verify('START_VERIFICATION')).data!.reviewOpportunity.opportunity).toMatchObject({
      status: 'VERIFYING',
    });
    const done = (await verify('VERIFY')).data!.reviewOpportunity.opportunity!;
    expect(done).toMatchObject({ status: 'VERIFIED', statusName: '验证通过' });
    expect(done.verifiedAt).toBeTruthy();
    const again = await verify('REJECT', '重复');
    expect(userErrorCodes(again.data!.reviewOpportunity.userErrors)).toEqual(['OPPORTUNITY_STATUS_INVALID']);
    const notices = await server.execute(LeadNotificationsDocument, {}, members['dist-am']);
    const told = notices.data!.viewer.member.notifications!.nodes.filter((n) => n.subject === o.id);
    expect(told.map((n) => n.kind)).toEqual(['OPPORTUNITY_STATUS', 'OPPORTUNITY_STATUS']);
    expect(told[0].title).toContain('验证通过');
  });

  it('an existing cloud customer stays with its account team (no office); a rejection needs a reason', async () => {
    const [later] = await sql<{ account_name: string }>(
      server,
      `select c.account_name from cloud_account c where c.real_name_verified_at is not null and exists (
         select 1 from cloud_account e where e.real_name_enterprise = c.real_name_enterprise and e.real_name_verified_at < c.real_name_verified_at)
       order by c.id limit 1`,
    );
    const shared = await server.execute(
      OpportunityShareDocument,
      { input: { customerName: '存量客户', cloudAccountName: later.account_name, region: '北京' } },
      members['dist-admin'],
    );
    const o = shared.data!.shareOpportunity.opportunity!;
    expect(o).toMatchObject({ newCustomer: false, office: null, cloudAccountName: later.account_name });
    const noReason = await server.execute(
      OpportunityReviewDocument,
      { input: { id: o.id, action: 'REJECT' } },
      operators['ops-eco'],
    );
    expect(userErrorCodes(noReason.data!.reviewOpportunity.userErrors)).toEqual(['OPPORTUNITY_REASON_REQUIRED']);
    const rejected = await server.execute(
      OpportunityReviewDocument,
      { input: { id: o.id, action: 'REJECT', reason: '客户已由其他伙伴报备。' } },
      operators['ops-eco'],
    );
    expect(rejected.data!.reviewOpportunity.opportunity).toMatchObject({
      status: 'REJECTED',
      rejectReason: '客户已由其他伙伴报备。',
    });
  });

  it('refuses bad input with its own code and changes nothing; members without the point, members on review, ops-finance', async () => {
    const share = async (input: Record<string, unknown>, login = 'dist-admin') => {
      const res = await server.execute(
        OpportunityShareDocument,
        { input: { customerName: '某客户', region: '广东', ...input } as never },
        members[login],
      );
      return res.data ? userErrorCodes(res.data.shareOpportunity.userErrors) : errorCodes(res);
    };
    const before = await countRows(server, 'opportunity');
    expect(await share({ customerName: '' })).toEqual(['OPPORTUNITY_CUSTOMER_NAME_INVALID']);
    expect(await share({ description: 'x'.repeat(501) })).toEqual(['OPPORTUNITY_DESCRIPTION_TOO_LONG']);
    expect(await share({ region: '火星' })).toEqual(['OPPORTUNITY_REGION_UNKNOWN']);
    expect(await share({ cloudAccountName: 'no-such-account-xyz' })).toEqual(['OPPORTUNITY_ACCOUNT_NOT_FOUND']);
    expect(await share({}, 'dist-ops')).toEqual(['FORBIDDEN']);
    const [any] = await sql<{ id: number }>(
      server,
      "select id from opportunity where status = 'SUBMITTED' order by id",
    );
    const asMember = await server.execute(
      OpportunityReviewDocument,
      { input: { id: gid('Opportunity', any.id), action: 'VERIFY' } },
      members['dist-admin'],
    );
    expect(errorCodes(asMember)).toEqual(['FORBIDDEN']);
    const finance = await server.execute(
      OpportunityReviewDocument,
      { input: { id: gid('Opportunity', any.id), action: 'REJECT', reason: 'x' } },
      operators['ops-finance'],
    );
    expect(errorCodes(finance)).toEqual(['FORBIDDEN']);
    const missing = await server.execute(
      OpportunityReviewDocument,
      { input: { id: gid('Opportunity', 999_999), action: 'VERIFY' } },
      operators['ops-eco'],
    );
    expect(userErrorCodes(missing.data!.reviewOpportunity.userErrors)).toEqual(['OPPORTUNITY_NOT_FOUND']);
    expect(await countRows(server, 'opportunity')).toBe(before);
  });

  it('the operators’ list holds every partner’s; same statements at two page sizes', async () => {
    const small = await server.execute(OpportunityOperatorListDocument, { first: 2 }, operators['ops-eco']);
    const large = await server.execute(OpportunityOperatorListDocument, { first: 8 }, operators['ops-eco']);
    expect(large.data!.operatorViewer.opportunities!.nodes).toHaveLength(8);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // Both pages hold opportunities with and without an office and an account (all loaders run).
    const mSmall = await server.execute(OpportunityListDocument, { first: 4 }, members['dist-admin']);
    const mLarge = await server.execute(OpportunityListDocument, { first: 9 }, members['dist-admin']);
    expect(mLarge.sqlStatements).toBe(mSmall.sqlStatements);
  });
});

describe('the PCE incentive reads the opportunity’s verification (验证通过)', () => {
  it('counts only the cash paid before the partner’s VERIFIED opportunity of the account was verified', async () => {
    const read = async () => {
      const res = await server.execute(
        IncentivePceDocument,
        { filter: { type: 'PCE_OPPORTUNITY' } },
        members['dist-admin'],
      );
      return res.data!.viewer.partner.incentives!.nodes.filter((n) => n.pceEligibility);
    };
    const paid = (await read()).find((n) => Number(n.pceEligibility!.cashPaidBeforeVerification.amount) > 0)!;
    expect(paid).toBeDefined();
    const [op] = await sql<{ id: number }>(
      server,
      `select o.id from opportunity o join incentive_record r on r.opportunity_account_id = o.cloud_account_id and r.partner_id = o.partner_id
        where r.id = ? and o.status = 'VERIFIED'`,
      [pk(paid.id)],
    );
    expect(op).toBeDefined();
    // The opportunity's verification date (test data, not a status) moved before every payment: nothing counts.
    await server
      .em()
      .getConnection()
      .execute('update opportunity set verified_at = ? where id = ?', [new Date(Date.UTC(2000, 0, 1)), op.id]);
    const moved = (await read()).find((n) => n.id === paid.id)!;
    expect(moved.pceEligibility!.cashPaidBeforeVerification.amount).toBe('0.00');
  });
});
