/**
 * 公司信息 (partner-info:view-company) and 实名认证信息 (support:real-name), default points of every role:
 * your own partner only, masked contact phone and certificate numbers, every real-name status seeded.
 */
import { describe, expect, it } from 'vitest';
import { demoCompanyPhone, demoCreditCode, demoIdentityNumber } from '../../seeds/company-info';
import { demoPartner } from '../../seeds/demo-data';
import {
  CompanyInfoNodeDocument,
  CompanyInfoOwnDocument,
  CompanyInfoParentDocument,
  CompanyInfoResellersDocument,
} from '../generated/graphql';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const t = useTokens(server, [
  'dist-admin',
  'dist-am',
  'reseller-admin',
  'reseller2-admin',
  'other-reseller-admin',
  'restricted-reseller-admin',
  'frozen-reseller-admin',
]);
const operators = useTokens(server, ['ops-admin'], 'OPERATOR');
const dist = demoPartner('dist');

const codes = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

describe('Partner.companyInfo and Partner.realNameVerification', () => {
  it('the own admin and an account manager (default points) read their partner, masked', async () => {
    for (const login of ['dist-admin', 'dist-am']) {
      const res = await server.execute(CompanyInfoOwnDocument, {}, t[login]);
      expect(res.errors, login).toBeUndefined();
      const partner = res.data!.viewer.partner;
      const info = partner.companyInfo!;
      expect(info.legalName).toBe(dist.name);
      expect(info.unifiedSocialCreditCode).toBe(demoCreditCode(dist.id));
      expect(info.unifiedSocialCreditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
      expect(info.contactPhone).toBe(
        `${demoCompanyPhone(dist.id).slice(0, 3)}****${demoCompanyPhone(dist.id).slice(-4)}`,
      );
      expect(info.contractingEntity).toBe(partner.contractingEntity);
      expect(info.registeredAddress && info.legalRepresentative && info.industry).toBeTruthy();
      const real = partner.realNameVerification!;
      expect(real).toMatchObject({ status: 'VERIFIED', verificationType: 'ENTERPRISE', verifiedName: dist.name });
      expect(real.certificateNumber).toBe(
        `${demoCreditCode(dist.id).slice(0, 4)}${'*'.repeat(10)}${demoCreditCode(dist.id).slice(-4)}`,
      );
      expect(real.verifiedAt).toBeTruthy();
      expect(real.rejectionReason).toBeNull();
      expect(JSON.stringify(res.data)).not.toContain(demoCompanyPhone(dist.id));
    }
  });

  it('every real-name status is seeded and read as its own partner sees it', async () => {
    const expected: Record<string, object> = {
      'reseller2-admin': { status: 'VERIFIED', verificationType: 'INDIVIDUAL' },
      'other-reseller-admin': {
        status: 'REJECTED',
        verificationType: 'ENTERPRISE',
        verifiedName: null,
        verifiedAt: null,
      },
      'restricted-reseller-admin': {
        status: 'PENDING',
        verificationType: 'ENTERPRISE',
        verifiedName: null,
        rejectionReason: null,
      },
      'frozen-reseller-admin': {
        status: 'UNVERIFIED',
        verificationType: null,
        certificateNumber: null,
        verifiedName: null,
      },
    };
    for (const [login, shape] of Object.entries(expected)) {
      const res = await server.execute(CompanyInfoOwnDocument, {}, t[login]);
      expect(res.errors, login).toBeUndefined();
      const real = res.data!.viewer.partner.realNameVerification!;
      expect(real, login).toMatchObject(shape);
      if (real.status === 'REJECTED') expect(real.rejectionReason).toBeTruthy();
      const id = Number(demoPartner(login.replace(/-admin$/, '') as never).id);
      expect(JSON.stringify(res.data), login).not.toContain(demoCompanyPhone(id));
      if (login === 'reseller2-admin') {
        expect(real.certificateNumber).toMatch(/^3301\*{10}\d{4}$/);
        expect(JSON.stringify(res.data)).not.toContain(demoIdentityNumber(id));
      }
    }
  });

  it("another partner's member reading through a path gets null and FORBIDDEN", async () => {
    const parent = await server.execute(CompanyInfoParentDocument, {}, t['reseller-admin']);
    expect(parent.data!.viewer.partner.parent!.companyInfo).toBeNull();
    expect(parent.data!.viewer.partner.parent!.realNameVerification).toBeNull();
    expect(codes(parent.errors)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(parent.data)).not.toContain(demoCreditCode(dist.id));

    const small = await server.execute(CompanyInfoResellersDocument, { first: 1 }, t['dist-admin']);
    const large = await server.execute(CompanyInfoResellersDocument, { first: 4 }, t['dist-admin']);
    const nodes = large.data!.viewer.partner.resellers!.nodes;
    expect(nodes.length).toBe(4);
    for (const n of nodes) expect([n.companyInfo, n.realNameVerification]).toEqual([null, null]);
    expect(new Set(codes(large.errors))).toEqual(new Set(['FORBIDDEN']));
    // Not allowed under lists of other partners: the denied fields read nothing, at any page size.
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('a customer and an operator are refused', async () => {
    const customer = await server.signIn('yunfan-tech', undefined, 'CUSTOMER');
    const asCustomer = await server.execute(CompanyInfoOwnDocument, {}, customer);
    expect(asCustomer.data?.viewer ?? null).toBeNull();
    expect(codes(asCustomer.errors)).toContain('FORBIDDEN');

    const own = await server.execute(CompanyInfoOwnDocument, {}, t['dist-admin']);
    const id = own.data!.viewer.partner.id;
    for (const token of [customer, operators['ops-admin']]) {
      const res = await server.execute(CompanyInfoNodeDocument, { id }, token);
      const node = res.data?.node;
      if (node && 'companyInfo' in node) expect([node.companyInfo, node.realNameVerification]).toEqual([null, null]);
      expect(codes(res.errors)).toContain('FORBIDDEN');
      expect(JSON.stringify(res.data ?? null)).not.toContain(demoCreditCode(dist.id));
    }
  });
});
