import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { quoteInvoice } from './invoice-request.service';
import { Invoice } from './invoice.entity';
import { invoicePartnerById, ordersByInvoiceId } from './invoice.loaders';
import { InvoiceQuoteInput } from './invoice.mutation-inputs';
import { InvoiceQuote } from './invoice.payloads';
import { listAllInvoices, listInvoices } from './invoice.service';
import { InvoiceConnection, InvoiceFilter } from './invoice.types';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => Money, {
    description: 'The invoiced amount (开票金额): the sum of its orders, or of the bills.',
  })
  amount(@Root() invoice: Invoice): Money {
    return money(invoice.amount);
  }

  @FieldResolver(() => Money, {
    description:
      'The courier fee the partner pays for the delivery: 12.00 for a PAPER invoice under 100 元, else 0.00.',
  })
  courierFee(@Root() invoice: Invoice): Money {
    return money(invoice.courierFee);
  }

  @FieldResolver(() => [CloudStoreOrder], {
    description: 'CLOUD_STORE: the orders it covers, in request order (kept after a return); empty for CLOUD.',
  })
  orders(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<CloudStoreOrder[]> {
    return ordersByInvoiceId(ctx).load(invoice.id);
  }

  @FieldResolver(() => Partner, { description: 'The partner it was requested for.' })
  async partner(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Partner> {
    const partner = await invoicePartnerById(ctx).load(invoice.partner.id);
    if (!partner) throw new Error(`invoice ${invoice.id} without its partner`);
    return partner;
  }
}

@Resolver(() => Partner)
export class PartnerInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description:
      '发票管理: the cloud-store and cloud invoices of your own partner, newest first (needs invoice:view). The same filters print as a PDF: GET /partners/{id}/invoices.pdf (see the README).',
  })
  invoices(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => InvoiceFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: InvoiceFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listInvoices(ctx, partner.id, filter, args);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description:
      'Every partner’s invoices, newest first (needs ops:invoice): filter status SUBMITTED for the review queue, RETURN_REQUESTED for the returns to take back.',
  })
  invoices(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => InvoiceFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: InvoiceFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listAllInvoices(ctx, filter, args);
  }
}

@Resolver()
export class InvoiceQuoteResolver {
  @Query(() => InvoiceQuote, {
    description:
      '开票试算: what requestInvoice would record for this input, before submitting — the amount and the courier fee (a PAPER invoice under 100 元: the partner pays it), or the refusals it would answer. Needs invoice:manage.',
  })
  invoiceQuote(
    @Arg('input', () => InvoiceQuoteInput, { description: 'The orders, title, type, medium and address.' })
    input: InvoiceQuoteInput,
    @Ctx() ctx: Context,
  ): Promise<InvoiceQuote> {
    return quoteInvoice(ctx, input);
  }
}
