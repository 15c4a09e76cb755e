import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, DateTimeType } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';

export enum AccessKeyStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

registerEnumType(AccessKeyStatus, {
  name: 'AccessKeyStatus',
  description: 'Whether an access key still signs requests.',
  valuesConfig: {
    ACTIVE: { description: 'Requests signed with it are accepted.' },
    REVOKED: { description: 'Revoked: requests signed with it are refused like an unknown key. Final.' },
  },
});

/**
 * An access key (AK/SK) of one member, for server-to-server callers that sign requests with
 * SDK-HMAC-SHA256 instead of sending a bearer token. The secret is shown once, at creation; it is
 * stored encrypted (AES-256-GCM), because verifying an HMAC needs the secret itself.
 */
@Entity({ tableName: 'access_key' })
@ObjectType('AccessKey', {
  simpleResolvers: true,
  description:
    'An access key (AK) of the signed-in member, for requests signed with SDK-HMAC-SHA256. The secret key (SK) is never shown again after createAccessKey.',
})
export class AccessKey {
  [OptionalProps]?: 'status';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Member, { ref: true, index: true })
  member!: Ref<Member>;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, {
    description: 'The access key id (AK): send it as `Access=` in the Authorization header. Not secret.',
  })
  @Property({ length: 32, unique: true })
  accessKeyId!: string;

  /** AES-256-GCM ciphertext of the secret key (access-key.crypto.ts); never exposed. */
  @Property({ length: 300, lazy: true })
  secretCiphertext!: string;

  @Field(() => String, { nullable: true, description: 'What the key is for, as given at creation.' })
  @Property({ type: 'string', length: 200, nullable: true })
  description?: string | null;

  @Field(() => Date, { description: 'When the key was created.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a request signed with the key was last accepted (updated at most once a minute); null if never.',
  })
  @Property({ type: DateTimeType, nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it is active.' })
  @Property({ type: DateTimeType, nullable: true })
  revokedAt?: Date | null;

  @Field(() => AccessKeyStatus, { description: 'ACTIVE or REVOKED.' })
  get status(): AccessKeyStatus {
    return this.revokedAt ? AccessKeyStatus.REVOKED : AccessKeyStatus.ACTIVE;
  }
}

/**
 * Signatures already accepted, until their X-Sdk-Date leaves the 15-minute window: the replay
 * cache, in the database so a request replayed to another instance is refused too.
 */
@Entity({ tableName: 'signed_request_replay' })
export class SignedRequestReplay {
  /** The hex signature (it covers the key, the date, the method, URL, signed headers and body). */
  @PrimaryKey({ type: 'string', length: 64 })
  signature!: string;

  @Property({ length: 32 })
  accessKeyId!: string;

  @Property({ index: true })
  expiresAt!: Date;
}
