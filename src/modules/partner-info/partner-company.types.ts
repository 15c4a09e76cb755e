import { Field, ObjectType } from 'type-graphql';
import { RealNameStatus, RealNameType } from './partner-company.enums';

@ObjectType('PartnerCompanyInfo', {
  simpleResolvers: true,
  description:
    '公司信息 (default point partner-info:view-company): the registered information of your own partner, as the cloud keeps it. Read only here; (design) changes go through your ecosystem manager.',
})
export class PartnerCompanyInfo {
  @Field(() => String, { description: '公司名称: the registered legal name.' })
  legalName!: string;

  @Field(() => String, {
    description:
      '统一社会信用代码: the 18-character unified social credit code, in full ((design) public registration data printed on the business licence).',
  })
  unifiedSocialCreditCode!: string;

  @Field(() => String, { description: '注册地址: the registered address.' })
  registeredAddress!: string;

  @Field(() => String, { description: '法定代表人: the legal representative.' })
  legalRepresentative!: string;

  @Field(() => String, { description: '所属行业: the industry.' })
  industry!: string;

  @Field(() => String, {
    description: '联系电话, masked as elsewhere (139****1234: first three and last four digits); never unmasked here.',
  })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: '公司网址: the company website; null when none is recorded.' })
  website!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '签约主体: the cloud company the partner contracted with (as Partner.contractingEntity); null when not recorded.',
  })
  contractingEntity!: string | null;
}

@ObjectType('RealNameVerification', {
  simpleResolvers: true,
  description:
    "实名认证信息 (default point support:real-name): your own partner's real-name verification. (design) The partner's own record, not a customer's cloud account: nothing is taken from cloud accounts.",
})
export class RealNameVerification {
  @Field(() => RealNameStatus, { description: 'Where the verification stands; UNVERIFIED when nothing was submitted.' })
  status!: RealNameStatus;

  @Field(() => RealNameType, {
    nullable: true,
    description: 'ENTERPRISE or INDIVIDUAL as submitted; null when UNVERIFIED.',
  })
  verificationType!: RealNameType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The verified name (the company, or the person for INDIVIDUAL); (design) null unless VERIFIED, so a pending or rejected name is never shown as verified.',
  })
  verifiedName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The certificate number submitted, masked: its first 4 and last 4 characters, stars between (9131********1234). (design) Masked even when it is the credit code shown in full in companyInfo: this is the security record. Null when UNVERIFIED.',
  })
  certificateNumber!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the verification passed; null unless VERIFIED.' })
  verifiedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the cloud rejected it; null unless REJECTED.' })
  rejectionReason!: string | null;
}
