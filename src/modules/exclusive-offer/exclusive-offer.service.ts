/**
 * 专属优惠 (seed 001): a partner in the cloud-store customer-service-provider plan (云商店客户服务商计划)
 * shares a product link; a customer who orders through it is attributed to that partner without
 * filling anything in: the order is the partner's cloud-store order, and its amount goes into the
 * partner's performance roll-up in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { UserError } from '../../common/errors';
import { money } from '../../common/money';
import { refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireCustomer, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { CloudStoreOrderStatus } from '../cloud-store/cloud-store.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { Partner } from '../partner/partner.entity';
import { addPerformance } from '../performance/rollup';
import { ExclusiveOfferLink } from './exclusive-offer.entity';
import type { PlaceExclusiveOfferOrderInput, ShareExclusiveOfferInput } from './exclusive-offer.mutation-inputs';
import type { PlaceExclusiveOfferOrderPayload, ShareExclusiveOfferPayload } from './exclusive-offer.payloads';
import { CLOUD_STORE_PRODUCTS, cloudStoreProduct } from './exclusive-offer.products';
import type { CloudStoreProductView } from './exclusive-offer.types';

const refusedShare = refusal<ShareExclusiveOfferPayload>({ link: null });
const refusedOrder = refusal<PlaceExclusiveOfferOrderPayload>({ order: null });
const TOKEN = /^[0-9a-f]{32}$/;

const notInPlan = () =>
  new UserError(
    'EXCLUSIVE_OFFER_NOT_IN_PLAN',
    'Your partner has not joined the cloud-store customer-service-provider plan (云商店客户服务商计划); it cannot share exclusive offers.',
    'input.productCode',
  );

/** Partner.exclusiveOfferLinks: the own partner's links, newest first. */
export function listExclusiveOfferLinks(ctx: Context, partnerId: number, args: ConnectionArgs) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'exclusiveOfferLinks');
  return findPage(ctx.em, ExclusiveOfferLink, { partner: partnerId }, page);
}

/** Partner.exclusiveOfferProducts: the products a link may be shared for. */
export function exclusiveOfferProducts(): CloudStoreProductView[] {
  return CLOUD_STORE_PRODUCTS.map((p) => ({ ...p, price: money(p.price) }));
}

/** shareExclusiveOffer: the partner's link for the product, created on first share. */
export async function shareExclusiveOffer(
  ctx: Context,
  input: ShareExclusiveOfferInput,
): Promise<ShareExclusiveOfferPayload> {
  const viewer = requireViewer(ctx);
  const product = cloudStoreProduct(input.productCode);
  if (!product)
    return refusedShare(
      new UserError('EXCLUSIVE_OFFER_PRODUCT_NOT_FOUND', 'No cloud-store product with that code.', 'input.productCode'),
    );
  return idempotent(ctx, {
    operation: 'shareExclusiveOffer',
    input,
    refused: refusedShare,
    execute: async (tx) => {
      const partner = await tx.findOneOrFail(Partner, viewer.partner.id, { refresh: true });
      if (!partner.cloudStoreServicePlan) return refusedShare(notInPlan());
      const existing = await tx.findOne(ExclusiveOfferLink, { partner: partner.id, productCode: product.code });
      if (existing) return success<ShareExclusiveOfferPayload>({ link: existing });
      const id = await tx.insert(ExclusiveOfferLink, {
        partner: partner.id,
        productCode: product.code,
        providerName: product.providerName,
        productName: product.productName,
        price: product.price,
        token: randomBytes(16).toString('hex'),
        createdAt: new Date(),
        createdBy: viewer.member.id,
      });
      const link = await tx.findOneOrFail(ExclusiveOfferLink, Number(id));
      await recordAudit(tx, ctx, {
        action: 'shareExclusiveOffer',
        target: link.globalId,
        after: { productCode: link.productCode, price: link.price },
      });
      return success<ShareExclusiveOfferPayload>({ link });
    },
  });
}

const linkNotFound = () =>
  new UserError('EXCLUSIVE_OFFER_LINK_NOT_FOUND', 'No exclusive-offer link with that token.', 'input.token');

/**
 * placeExclusiveOfferOrder (a customer): a PAID cloud-store order at the link's price, attributed to
 * the link's partner (and to the customer's association with it, if the customer is associated with
 * that partner), plus offerAmount/offerOrders on the partner's roll-up, in one transaction.
 */
export async function placeExclusiveOfferOrder(
  ctx: Context,
  input: PlaceExclusiveOfferOrderInput,
): Promise<PlaceExclusiveOfferOrderPayload> {
  const actor = requireCustomer(ctx);
  if (!TOKEN.test(input.token)) return refusedOrder(linkNotFound());
  return ctx.em.transactional(async (tx) => {
    const link = await tx.findOne(ExclusiveOfferLink, { token: input.token }, { populate: ['partner'] });
    if (!link) return refusedOrder(linkNotFound());
    if (!link.partner.getEntity().cloudStoreServicePlan)
      return refusedOrder(
        new UserError(
          'EXCLUSIVE_OFFER_LINK_INACTIVE',
          'The partner of this link left the cloud-store customer-service-provider plan; the link no longer works.',
          'input.token',
        ),
      );
    const now = new Date();
    const own = actor.customer;
    const customer = own && own.unboundAt == null && own.partner.id === link.partner.id ? own.id : null;
    const stamp = now.toISOString().replace(/\D/g, '').slice(2, 8);
    const id = await tx.insert(CloudStoreOrder, {
      partner: link.partner.id,
      customer,
      orderNo: `CS${stamp}${randomBytes(5).toString('hex').toUpperCase()}`,
      providerName: link.providerName,
      productName: link.productName,
      amount: link.price,
      status: CloudStoreOrderStatus.PAID,
      placedAt: now,
      paidAt: now,
      curated: false,
      exclusiveOfferLinkId: link.id,
    });
    await recordAudit(tx, ctx, {
      action: 'placeExclusiveOfferOrder',
      target: `cloud_store_order:${Number(id)}`,
      partnerId: link.partner.id,
      after: { link: link.globalId, amount: link.price, customer },
    });
    // The roll-up row is the last one this transaction locks (db/locks.ts).
    await addPerformance(tx, link.partner.id, now, { offerAmount: link.price, offerOrders: 1 });
    const order = await tx.findOneOrFail(CloudStoreOrder, Number(id));
    return success<PlaceExclusiveOfferOrderPayload>({ order });
  });
}
