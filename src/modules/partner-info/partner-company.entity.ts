import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Partner } from '../partner/partner.entity';
import { RealNameStatus, RealNameType } from './partner-company.enums';

/**
 * 公司信息 and 实名认证信息 of one partner (issue 14 item 6: default points partner-info:view-company and
 * support:real-name). One row per partner; the cloud keeps it (no mutation here). A partner's real-name
 * verification is its own, not a cloud account's: cloud accounts (企业实名 on cloud_account) belong to
 * customers, so nothing is shared with them.
 */
@Entity({ tableName: 'partner_company' })
export class PartnerCompany {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, unique: true })
  partner!: Ref<Partner>;

  /** 公司名称: the registered legal name. */
  @Property({ length: 200 })
  legalName!: string;

  /** 统一社会信用代码: 18 characters. */
  @Property({ length: 18 })
  creditCode!: string;

  /** 注册地址. */
  @Property({ length: 300 })
  registeredAddress!: string;

  /** 法定代表人. */
  @Property({ length: 100 })
  legalRepresentative!: string;

  /** 所属行业. */
  @Property({ length: 100 })
  industry!: string;

  /** 联系电话, unmasked (read masked). */
  @Property({ length: 32 })
  contactPhone!: string;

  /** 公司网址; null when none. */
  @Property({ type: 'string', length: 200, nullable: true })
  website?: string | null;

  /** 实名认证状态. */
  @Enum({ items: () => RealNameStatus })
  realNameStatus!: RealNameStatus;

  /** ENTERPRISE or INDIVIDUAL; null while UNVERIFIED (nothing submitted). */
  @Enum({ items: () => RealNameType, nullable: true })
  realNameType?: RealNameType | null;

  /** The name submitted for verification (the company or the person); null while UNVERIFIED. */
  @Property({ type: 'string', length: 200, nullable: true })
  realNameName?: string | null;

  /** The certificate number submitted, unmasked (read masked); null while UNVERIFIED. */
  @Property({ type: 'string', length: 32, nullable: true })
  certificateNumber?: string | null;

  /** When the verification passed; null unless VERIFIED. */
  @Property({ type: 'datetime', nullable: true })
  realNameVerifiedAt?: Date | null;

  /** Why the cloud rejected it; null unless REJECTED. */
  @Property({ type: 'string', length: 500, nullable: true })
  realNameRejectionReason?: string | null;
}
