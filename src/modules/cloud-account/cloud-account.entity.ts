import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The cloud's account registry as far as the partner center needs it: which login names, emails
 * and mobiles are taken (registration check) and which accounts may not be associated.
 */
@Entity({ tableName: 'cloud_account' })
export class CloudAccount {
  /** Flags with a default: leave them out of insert data. */
  [OptionalProps]?:
    | 'international'
    | 'isPartner'
    | 'reportedByCloud'
    | 'governmentSubsidy'
    | 'passwordHash'
    | 'realNameEnterprise'
    | 'realNameVerifiedAt';

  @PrimaryKey()
  id!: number;

  @Property({ length: 64, unique: true })
  accountName!: string;

  @Property({ type: 'string', length: 200, nullable: true, index: true })
  email?: string | null;

  @Property({ type: 'string', length: 32, nullable: true, index: true })
  mobile?: string | null;

  /** Registered on the international site: cannot be associated. */
  @Property({ default: false })
  international: boolean = false;

  /** Itself a solution provider or cloud reseller: cannot be associated. */
  @Property({ default: false })
  isPartner: boolean = false;

  /** Already reported (报备) by the cloud: cannot be associated. */
  @Property({ default: false })
  reportedByCloud: boolean = false;

  /** In a government-subsidy program: cannot be associated. */
  @Property({ default: false })
  governmentSubsidy: boolean = false;

  /**
   * 企业实名: the enterprise the account is real-name verified for (its registered name); null when
   * not verified as an enterprise. The PCE incentive's "new cloud customer" is the enterprise's first.
   */
  @Property({ type: 'string', length: 200, nullable: true, index: true })
  realNameEnterprise?: string | null;

  /** 实名认证时间: when the enterprise real-name verification passed; null when not verified. */
  @Property({ type: 'datetime', nullable: true })
  realNameVerifiedAt?: Date | null;

  @Property()
  createdAt!: Date;

  /**
   * The account holder's password (scrypt, as members'), for signing in to the partner center as a
   * customer; null for an account that has no password here (it cannot sign in).
   */
  @Property({ type: 'string', length: 200, nullable: true, lazy: true, hidden: true })
  passwordHash?: string | null;
}
