/**
 * The finance areas' payloads and value types (quotes, payment on behalf, incentives, partner account
 * operations, invoices, performance per reseller): plain data whose parent field was already guarded
 * (`data`). Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import { type Access, data } from './access';

export const FINANCE_DATA_TYPES: Record<string, Record<string, Access>> = {
  PriceCatalogueEntry: { '*': data },
  QuotePricePayload: { '*': data },
  PriceQuoteItem: { '*': data },
  DiscountQuote: { '*': data },
  QuoteRenewalPayload: { '*': data },
  RenewalQuoteLine: { '*': data },
  PaymentAgreementPayload: { '*': data },
  ApplyIncentivesPayload: { '*': data },
  IncentivePayload: { '*': data },
  SetIncentiveAutoApplyPayload: { '*': data },
  RechargePaymentPayload: { '*': data },
  RemittanceClaimPayload: { '*': data },
  WithdrawalPayload: { '*': data },
  InvoicePayload: { '*': data },
  InvoiceQuote: { '*': data },
  ResellerPerformanceConnection: { '*': data },
  ResellerPerformanceEdge: { '*': data },
  ResellerPerformance: { '*': data },
  PerformanceFigures: { '*': data },
};
