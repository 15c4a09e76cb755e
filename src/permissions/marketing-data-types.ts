/**
 * Marketing tasks (营销任务) and exclusive offers (专属优惠): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import { type Access, can, data, signedIn } from './access';

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
};
