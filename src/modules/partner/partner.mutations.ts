import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { refusal, success } from '../../common/mutation-kit';
import { MutationPayload } from '../../common/payload';
import { formatFen, parseAmount } from '../../common/money';
import { toGlobalId } from '../../common/global-id';
import { recordAudit } from '../audit/audit.service';
import { Partner } from './partner.entity';

@InputType({ description: 'Partner settings to change; fields left out keep their value.' })
export class UpdatePartnerSettingsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Require a verification code for sensitive operations (ADMIN only).',
  })
  verificationEnabled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Balance alert threshold in CNY ("0.00" or more): RESALE customers under it show in balance alerts. Send an empty string to clear it.',
  })
  balanceAlertThreshold?: string | null;
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
      "Changes your partner's settings: verification for sensitive operations (ADMIN only) and the balance alert threshold.",
  })
  async updatePartnerSettings(
    @Arg('input', () => UpdatePartnerSettingsInput, {
      description: 'The settings to change; fields left out stay as they are.',
    })
    input: UpdatePartnerSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<UpdatePartnerSettingsPayload> {
    const viewer = requireViewer(ctx);
    const refused = refusal<UpdatePartnerSettingsPayload>({ partner: null });
    // The literal is checked against PresetRole's values; partner/ imports nothing of role/ (role/ imports partner/).
    const admin = viewer.presetKeys.some((key) => key === 'ADMIN');
    if (input.verificationEnabled != null && !admin) {
      return refused(
        new UserError(
          'ADMIN_ONLY_SETTING',
          'Only an administrator may turn verification on or off.',
          'input.verificationEnabled',
        ),
      );
    }
    let threshold: number | null | undefined;
    if (input.balanceAlertThreshold === '') threshold = null;
    else if (input.balanceAlertThreshold != null) {
      const parsed = parseAmount(input.balanceAlertThreshold);
      if (!parsed.ok)
        return refused(
          new UserError('INVALID_AMOUNT', `balanceAlertThreshold ${parsed.reason}.`, 'input.balanceAlertThreshold'),
        );
      threshold = parsed.fen;
    }
    return ctx.em.transactional(async (tx) => {
      const partner = await tx.findOneOrFail(Partner, viewer.partner.id);
      const before = {
        verificationEnabled: partner.verificationEnabled,
        balanceAlertThreshold: partner.balanceAlertThreshold == null ? null : formatFen(partner.balanceAlertThreshold),
      };
      if (input.verificationEnabled != null) partner.verificationEnabled = input.verificationEnabled;
      if (threshold !== undefined) partner.balanceAlertThreshold = threshold;
      const after = {
        verificationEnabled: partner.verificationEnabled,
        balanceAlertThreshold: partner.balanceAlertThreshold == null ? null : formatFen(partner.balanceAlertThreshold),
      };
      await recordAudit(tx, ctx, {
        action: 'updatePartnerSettings',
        target: toGlobalId('Partner', partner.id),
        before,
        after,
      });
      return success<UpdatePartnerSettingsPayload>({ partner });
    });
  }
}
