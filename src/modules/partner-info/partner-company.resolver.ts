import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { maskPhone } from '../lead/lead.contact';
import { Partner } from '../partner/partner.entity';
import { PartnerCompany } from './partner-company.entity';
import { RealNameStatus } from './partner-company.enums';
import { PartnerCompanyInfo, RealNameVerification } from './partner-company.types';

/** The company rows of many partners in one statement (the field rules already limit it to your own). */
function companyByPartnerId(ctx: Context) {
  requireViewer(ctx);
  return ctx.loaders.get<number, PartnerCompany | null>('companyByPartnerId', '', async (ids) => {
    const rows = await ctx.em.find(PartnerCompany, { partner: { $in: [...ids] } });
    return ids.map((id) => rows.find((r) => r.partner.id === id) ?? null);
  });
}

/** 9131********1234: the first 4 and last 4 characters; shorter values show only stars. */
export function maskCertificate(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

export function toCompanyInfo(row: PartnerCompany, contractingEntity: string | null): PartnerCompanyInfo {
  return {
    legalName: row.legalName,
    unifiedSocialCreditCode: row.creditCode,
    registeredAddress: row.registeredAddress,
    legalRepresentative: row.legalRepresentative,
    industry: row.industry,
    contactPhone: maskPhone(row.contactPhone),
    website: row.website ?? null,
    contractingEntity,
  };
}

export function toRealNameVerification(row: PartnerCompany | null): RealNameVerification {
  const status = row?.realNameStatus ?? RealNameStatus.UNVERIFIED;
  const submitted = status !== RealNameStatus.UNVERIFIED;
  return {
    status,
    verificationType: submitted ? (row?.realNameType ?? null) : null,
    verifiedName: status === RealNameStatus.VERIFIED ? (row?.realNameName ?? null) : null,
    certificateNumber: submitted && row?.certificateNumber ? maskCertificate(row.certificateNumber) : null,
    verifiedAt: status === RealNameStatus.VERIFIED ? (row?.realNameVerifiedAt ?? null) : null,
    rejectionReason: status === RealNameStatus.REJECTED ? (row?.realNameRejectionReason ?? null) : null,
  };
}

@Resolver(() => Partner)
export class PartnerCompanyResolver {
  @FieldResolver(() => PartnerCompanyInfo, {
    nullable: true,
    description:
      '公司信息: your own partner’s registered company information (default point partner-info:view-company; your own partner only, never a reseller’s or parent’s: null with FORBIDDEN). Null when the cloud has not recorded it. (design) Never under a list of other partners: Partner.resellers nodes answer null with FORBIDDEN, reading nothing.',
  })
  async companyInfo(@Root() partner: Partner, @Ctx() ctx: Context): Promise<PartnerCompanyInfo | null> {
    const row = await companyByPartnerId(ctx).load(partner.id);
    return row ? toCompanyInfo(row, partner.contractingEntity ?? null) : null;
  }

  @FieldResolver(() => RealNameVerification, {
    nullable: true,
    description:
      '实名认证信息: your own partner’s real-name verification (default point support:real-name; your own partner only: null with FORBIDDEN otherwise). UNVERIFIED when nothing was submitted; certificate numbers masked.',
  })
  async realNameVerification(@Root() partner: Partner, @Ctx() ctx: Context): Promise<RealNameVerification> {
    return toRealNameVerification(await companyByPartnerId(ctx).load(partner.id));
  }
}
