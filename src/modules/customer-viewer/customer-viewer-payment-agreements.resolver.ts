import { Args, Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { listCustomerAgreements } from '../payment-agreement/payment-agreement.service';
import { PaymentAgreementConnection } from '../payment-agreement/payment-agreement.types';
import { CustomerViewer } from './customer-viewer.types';

@Resolver(() => CustomerViewer)
export class CustomerViewerPaymentAgreementsResolver {
  @FieldResolver(() => PaymentAgreementConnection, {
    description:
      'The payment-on-behalf agreements (代付协议) your current partner proposed to you, newest first: accept or reject a PENDING_CUSTOMER one, terminate an ACTIVE one.',
  })
  paymentAgreements(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listCustomerAgreements(ctx, args);
  }
}
