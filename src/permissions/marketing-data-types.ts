/**
 * Marketing tasks (营销任务) and exclusive offers (专属优惠): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import { type Access, can, customerOnly, data, onPartner, operatorCan, signedIn } from './access';
import type { PermissionCode } from './catalogue';

/** TYPE_READ_PERMISSION entries of the node types (field-access.ts spreads them in). */
export const MARKETING_READ_PERMISSIONS: Record<string, PermissionCode> = {
  MarketingTask: 'marketing-task:view',
  ExclusiveOfferLink: 'exclusive-offer:view',
};

/** The Mutation fields of the two areas (field-access.ts spreads them into Mutation). */
export const MARKETING_MUTATIONS: Record<string, Access> = {
  handleMarketingTask: can('marketing-task:handle'),
  // The cloud dispatches marketing tasks with the same duty that dispatches leads (线索派发).
  dispatchMarketingTask: operatorCan('ops:lead'),
  shareExclusiveOffer: can('exclusive-offer:share'),
  placeExclusiveOfferOrder: customerOnly,
};

/** The Partner fields of the two areas (field-access.ts spreads them into Partner). */
export const MARKETING_PARTNER_FIELDS: Record<string, Access> = {
  marketingTasks: onPartner({ SELF: 'marketing-task:view' }),
  inCloudStoreServicePlan: onPartner({ SELF: 'exclusive-offer:view', OPERATOR: 'ops:partner-read' }),
  exclusiveOfferLinks: onPartner({ SELF: 'exclusive-offer:view' }),
  exclusiveOfferProducts: onPartner({ SELF: 'exclusive-offer:view' }),
};

export const MARKETING_DATA_TYPES: Record<string, Record<string, Access>> = {
  // Reached through Partner.marketingTasks (own partner, marketing-task:view, row scope) or a payload.
  MarketingTask: {
    '*': data,
    customer: can('customer:list'),
    accountManager: signedIn,
    handledBy: signedIn,
    resources: can('marketing-task:detail'),
  },
  MarketingTaskPayload: { '*': data },
  // Reached through Partner.exclusiveOfferLinks (exclusive-offer:view) or shareExclusiveOffer's payload.
  ExclusiveOfferLink: { '*': data },
  CloudStoreProduct: { '*': data },
  ShareExclusiveOfferPayload: { '*': data },
  PlaceExclusiveOfferOrderPayload: { '*': data },
  // Reached through Partner.cloudStoreOrders (cloud-store:view) or placeExclusiveOfferOrder's payload; kept
  // here with the link it names (the read permissions of SubCustomer and ExclusiveOfferLink).
  CloudStoreOrder: { '*': data, customer: can('customer:list'), exclusiveOfferLink: can('exclusive-offer:view') },
};
