import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { refusal, success } from '../../common/mutation-kit';
import { MutationPayload } from '../../common/payload';
import { ViewerInfo } from '../auth/auth.types';
import { AccessKey } from './access-key.entity';
import { createAccessKey, listAccessKeys, MAX_ACTIVE_KEYS_PER_MEMBER, revokeAccessKey } from './access-key.service';

@InputType('CreateAccessKeyInput', { description: 'A new access key of the signed-in member.' })
export class CreateAccessKeyInput {
  @Field(() => String, {
    nullable: true,
    description: 'What the key is for (≤ 200 characters), e.g. "billing export job".',
  })
  description?: string | null;
}

@InputType('RevokeAccessKeyInput', { description: 'One of your access keys.' })
export class RevokeAccessKeyInput {
  @Field(() => String, { description: 'The access key id (AK).' })
  accessKeyId!: string;
}

@ObjectType('CreateAccessKeyPayload', {
  simpleResolvers: true,
  description: 'Result of createAccessKey: the key and its secret, shown this once.',
})
export class CreateAccessKeyPayload extends MutationPayload {
  @Field(() => AccessKey, { nullable: true, description: 'The new key; null when refused.' })
  accessKey!: AccessKey | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The secret key (SK). Shown only in this answer: store it now; it cannot be read again (revoke the key and create another if it is lost).',
  })
  secretAccessKey!: string | null;
}

@ObjectType('RevokeAccessKeyPayload', { simpleResolvers: true, description: 'Result of revokeAccessKey.' })
export class RevokeAccessKeyPayload extends MutationPayload {
  @Field(() => AccessKey, { nullable: true, description: 'The key, now REVOKED; null when refused.' })
  accessKey!: AccessKey | null;
}

const refusedCreate = refusal<CreateAccessKeyPayload>({ accessKey: null, secretAccessKey: null });
const refusedRevoke = refusal<RevokeAccessKeyPayload>({ accessKey: null });

/** Access keys (AK/SK) of the signed-in member, for SDK-HMAC-SHA256 signed requests. */
@Resolver()
export class AccessKeyResolver {
  @Mutation(() => CreateAccessKeyPayload, {
    description: `Creates an access key (AK/SK) for you, to sign server-to-server requests with SDK-HMAC-SHA256 (see the README). The secret is in this answer only. At most ${MAX_ACTIVE_KEYS_PER_MEMBER} active keys per member (ACCESS_KEY_LIMIT_REACHED); only in a signed-in session, not with another key. Signed requests act as you, with your roles at the time of each request. Audited.`,
  })
  async createAccessKey(
    @Arg('input', () => CreateAccessKeyInput, { description: 'An optional description of the key.' })
    input: CreateAccessKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreateAccessKeyPayload> {
    const result = await createAccessKey(ctx, ctx.services.config.accessKeyEncryptionKey, input.description);
    if ('error' in result) return refusedCreate(result.error);
    return success<CreateAccessKeyPayload>({ accessKey: result.accessKey, secretAccessKey: result.secretAccessKey });
  }

  @Mutation(() => RevokeAccessKeyPayload, {
    description:
      'Revokes one of your access keys: requests signed with it are refused from now on, on every instance. Revoking a revoked key changes nothing. Audited.',
  })
  async revokeAccessKey(
    @Arg('input', () => RevokeAccessKeyInput, { description: 'The access key to revoke.' }) input: RevokeAccessKeyInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeAccessKeyPayload> {
    const result = await revokeAccessKey(ctx, input.accessKeyId);
    if ('error' in result) return refusedRevoke(result.error);
    return success<RevokeAccessKeyPayload>({ accessKey: result.accessKey });
  }
}

@Resolver(() => ViewerInfo)
export class ViewerAccessKeysResolver {
  @FieldResolver(() => [AccessKey], {
    description: 'Your access keys, newest first, active and revoked; never their secrets.',
  })
  accessKeys(@Ctx() ctx: Context): Promise<AccessKey[]> {
    return listAccessKeys(ctx);
  }
}
