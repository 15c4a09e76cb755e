import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { MutationPayload } from '../../common/payload';
import { Partner } from './partner.entity';
import { updatePartnerSettings } from './partner-settings.service';

@InputType({ description: 'Partner settings to change; fields left out keep their value.' })
export class UpdatePartnerSettingsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Require a verification code for sensitive operations (ADMIN only: ADMIN_ONLY_SETTING).',
  })
  verificationEnabled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      '设置余额预警: your own low-balance alert in CNY ("0.00" or more; account:balance-alert): a debit that takes your cash balance under it raises a balance alert. Send an empty string to clear it.',
  })
  balanceAlertThreshold?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Customer balance alert threshold in CNY ("0.00" or more; funds:allocate): RESALE customers under it show in the dashboard\'s balance alerts. Send an empty string to clear it.',
  })
  customerBalanceAlertThreshold?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of updatePartnerSettings.' })
export class UpdatePartnerSettingsPayload extends MutationPayload {
  @Field(() => Partner, { nullable: true, description: 'Your partner with its settings.' })
  partner!: Partner | null;
}

@Resolver()
export class PartnerSettingsResolver {
  @Mutation(() => UpdatePartnerSettingsPayload, {
    description:
      "Changes your partner's settings, each with its own right: verification for sensitive operations (ADMIN only), your own balance alert (account:balance-alert) and the customers' balance alert threshold (funds:allocate). A field you may not change refuses the whole call (ADMIN_ONLY_SETTING, SETTING_NOT_PERMITTED, one error per field); nothing changes.",
  })
  async updatePartnerSettings(
    @Arg('input', () => UpdatePartnerSettingsInput, {
      description: 'The settings to change; fields left out stay as they are.',
    })
    input: UpdatePartnerSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<UpdatePartnerSettingsPayload> {
    return updatePartnerSettings(ctx, input);
  }
}
