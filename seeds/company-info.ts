/**
 * 公司信息 and 实名认证信息 in the demo data (issue 14 item 6): a partner_company row for every partner,
 * deterministic from its id. The demo partners hold every real-name status and both types:
 * VERIFIED (enterprise and individual), PENDING, REJECTED and UNVERIFIED; generated partners are
 * verified enterprises.
 */
import { RealNameStatus, RealNameType } from '../src/modules/partner-info/partner-company.enums';
import type { Sink } from './customers';
import type { DemoPartnerKey } from './demo-data';
import { DAY, type PartnerPlan } from './model';

type RealName = [status: RealNameStatus, type: RealNameType | null, reason: string | null];

const DEMO_REAL_NAMES: Partial<Record<DemoPartnerKey, RealName>> = {
  reseller2: [RealNameStatus.VERIFIED, RealNameType.INDIVIDUAL, null],
  'other-reseller': [
    RealNameStatus.REJECTED,
    RealNameType.ENTERPRISE,
    '营业执照照片不清晰, 请重新上传 (the business licence photo is unreadable; upload it again).',
  ],
  'restricted-reseller': [RealNameStatus.PENDING, RealNameType.ENTERPRISE, null],
  'frozen-reseller': [RealNameStatus.UNVERIFIED, null, null],
};

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A well-formed 统一社会信用代码 (GB 32100 check character) for a partner id. */
export function demoCreditCode(partnerId: number): string {
  const body = `91310000${String(partnerId).padStart(9, '0')}`;
  const sum = [...body].reduce((s, c, i) => s + CODE_CHARS.indexOf(c) * (CODE_WEIGHTS[i] ?? 0), 0);
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** The unmasked contact phone of a partner (read masked). */
export const demoCompanyPhone = (partnerId: number): string => `138${String(partnerId).padStart(8, '0')}`;

/** The unmasked personal identity number of an INDIVIDUAL verification (read masked). */
export const demoIdentityNumber = (partnerId: number): string => `33010219850612${String(partnerId).padStart(4, '0')}`;

const INDUSTRIES = ['信息传输、软件和信息技术服务业', '科技推广和应用服务业', '批发和零售业'];

export function pushCompanyInfo(sink: Sink, partners: readonly PartnerPlan[]): void {
  for (const p of partners) {
    const [status, type, reason] = (p.key && DEMO_REAL_NAMES[p.key]) || [
      RealNameStatus.VERIFIED,
      RealNameType.ENTERPRISE,
      null,
    ];
    const individual = type === RealNameType.INDIVIDUAL;
    sink.push('partnerCompany', {
      id: sink.nextId('partnerCompany'),
      partner: p.id,
      legalName: p.name,
      creditCode: demoCreditCode(p.id),
      registeredAddress: `上海市浦东新区张江路${100 + p.id}号`,
      legalRepresentative: individual ? '林晓' : `法人代表${p.id}`,
      industry: INDUSTRIES[p.id % INDUSTRIES.length] ?? INDUSTRIES[0],
      contactPhone: demoCompanyPhone(p.id),
      website: p.id % 4 === 0 ? null : `https://www.partner${p.id}.example.com`,
      realNameStatus: status,
      realNameType: type,
      realNameName: type ? (individual ? '林晓' : p.name) : null,
      certificateNumber: type ? (individual ? demoIdentityNumber(p.id) : demoCreditCode(p.id)) : null,
      realNameVerifiedAt: status === RealNameStatus.VERIFIED ? p.createdAt + 3 * DAY : null,
      realNameRejectionReason: reason,
    });
  }
}
