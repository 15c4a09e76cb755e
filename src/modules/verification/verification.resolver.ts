import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { refusal, success } from '../../common/mutation-kit';
import { MutationPayload } from '../../common/payload';
import { SensitiveOperation } from './verification.enums';
import { requestVerificationCode } from './verification.service';

@InputType({ description: 'Which sensitive operation the code is for.' })
export class RequestVerificationCodeInput {
  @Field(() => SensitiveOperation, { description: 'The operation the code will authorize (single use, 5 minutes).' })
  operation!: SensitiveOperation;
}

@ObjectType({ simpleResolvers: true, description: 'Result of requestVerificationCode.' })
export class RequestVerificationCodePayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'Where the code went, masked (e.g. 0086-*******0001).' })
  sentTo!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the code stops working.' })
  expiresAt!: Date | null;
}

@Resolver()
export class VerificationResolver {
  @Mutation(() => RequestVerificationCodePayload, {
    description:
      'Sends a 6-digit verification code to your mobile or email for one sensitive operation; at most one per minute per operation.',
  })
  async requestVerificationCode(
    @Arg('input', () => RequestVerificationCodeInput, { description: 'The sensitive operation the code is for.' })
    input: RequestVerificationCodeInput,
    @Ctx() ctx: Context,
  ): Promise<RequestVerificationCodePayload> {
    const result = await requestVerificationCode(ctx, input.operation);
    return result.ok
      ? success<RequestVerificationCodePayload>({ sentTo: result.sentTo, expiresAt: result.expiresAt })
      : refusal<RequestVerificationCodePayload>({ sentTo: null, expiresAt: null })(result.error);
  }
}
