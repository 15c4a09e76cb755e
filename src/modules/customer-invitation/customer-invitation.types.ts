import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { CustomerInvitation } from './customer-invitation.entity';
import { CustomerInvitationStatus } from './customer-invitation.enums';

@ObjectType('CustomerInvitationConnection', {
  simpleResolvers: true,
  description: 'A page of customer invitations (客户邀请), newest first.',
})
export class CustomerInvitationConnection extends ConnectionType(
  CustomerInvitation,
  'CustomerInvitation',
  'customer invitation',
) {}

@ObjectType('InvitationQrCode', {
  simpleResolvers: true,
  description: 'The QR code (二维码) of an invitation link, encoding CustomerInvitation.link; made on request.',
})
export class InvitationQrCode {
  @Field(() => String, {
    description: 'PNG image (320 × 320 px, error correction M), base64 without a data: prefix.',
  })
  pngBase64!: string;

  @Field(() => String, { description: 'The same code as an SVG document (scales to any print size).' })
  svg!: string;
}

@InputType({ description: 'Filters for customer invitations. All given filters must match.' })
export class CustomerInvitationFilter {
  @Field(() => CustomerInvitationStatus, { nullable: true, description: 'Only invitations in this state now.' })
  status?: CustomerInvitationStatus | null;
}
