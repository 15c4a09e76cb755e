import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Partner } from '../partner/partner.entity';
import { CustomerInvitation } from './customer-invitation.entity';
import { acceptedCountByInvitationId } from './customer-invitation.loaders';
import { qrPngBase64, qrSvg } from './customer-invitation.qr';
import { invitationLink } from './customer-invitation.rules';
import { listCustomerInvitations } from './customer-invitation.service';
import { CustomerInvitationConnection, CustomerInvitationFilter, InvitationQrCode } from './customer-invitation.types';

@Resolver(() => CustomerInvitation)
export class CustomerInvitationResolver {
  @FieldResolver(() => String, {
    description:
      'The link customers open: `<PUBLIC_BASE_URL>/customer-invitation?token=<token>`; the page signs the customer in with its cloud account and calls acceptCustomerInvitation.',
  })
  link(@Root() invitation: CustomerInvitation, @Ctx() ctx: Context): string {
    return invitationLink(ctx.services.config.publicBaseUrl, invitation.token);
  }

  @FieldResolver(() => InvitationQrCode, {
    description: 'The QR code (二维码) of the link, as PNG and SVG; generated when asked for, so ask only when shown.',
  })
  async qrCode(@Root() invitation: CustomerInvitation, @Ctx() ctx: Context): Promise<InvitationQrCode> {
    const link = invitationLink(ctx.services.config.publicBaseUrl, invitation.token);
    const [pngBase64, svg] = await Promise.all([qrPngBase64(link), qrSvg(link)]);
    return { pngBase64, svg };
  }

  @FieldResolver(() => Int, {
    description: 'How many customers associated through this invitation (acceptances stay counted after it ends).',
  })
  acceptedCount(@Root() invitation: CustomerInvitation, @Ctx() ctx: Context): Promise<number> {
    return acceptedCountByInvitationId(ctx).load(invitation.id);
  }
}

@Resolver(() => Partner)
export class PartnerCustomerInvitationsResolver {
  @FieldResolver(() => CustomerInvitationConnection, {
    description:
      '客户邀请: the customer invitation links of your own partner, newest first, each with its status and how many customers accepted it.',
  })
  customerInvitations(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CustomerInvitationFilter, {
      nullable: true,
      description: 'Filters; all given ones must match.',
    })
    filter: CustomerInvitationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCustomerInvitations(ctx, partner.id, filter, args);
  }
}
