import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { CustomerAssociation } from '../customer-viewer/customer-viewer.types';
import { CustomerInvitation } from './customer-invitation.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of createCustomerInvitation and cancelCustomerInvitation.' })
export class CustomerInvitationPayload extends MutationPayload {
  @Field(() => CustomerInvitation, {
    nullable: true,
    description: 'The invitation as it is now (link, QR code, status); null when refused.',
  })
  invitation!: CustomerInvitation | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of acceptCustomerInvitation.' })
export class AcceptCustomerInvitationPayload extends MutationPayload {
  @Field(() => CustomerAssociation, {
    nullable: true,
    description:
      'Your new association (as customerViewer.association shows it from now on); null when refused, and then nothing changed.',
  })
  association!: CustomerAssociation | null;
}
