import { registerEnumType } from 'type-graphql';

/** What an invoice is over. */
export enum InvoiceKind {
  CLOUD_STORE = 'CLOUD_STORE',
  CLOUD = 'CLOUD',
}

export enum InvoiceTitleType {
  PERSONAL = 'PERSONAL',
  ENTERPRISE = 'ENTERPRISE',
}

export enum InvoiceType {
  VAT_GENERAL = 'VAT_GENERAL',
  VAT_SPECIAL = 'VAT_SPECIAL',
}

export enum InvoiceMedium {
  ELECTRONIC = 'ELECTRONIC',
  PAPER = 'PAPER',
}

/** (design) SUBMITTED → ISSUED → (paper) SHIPPED → RECEIVED; SUBMITTED → REJECTED; delivered → RETURN_REQUESTED → RETURNED. */
export enum InvoiceStatus {
  SUBMITTED = 'SUBMITTED',
  ISSUED = 'ISSUED',
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  REJECTED = 'REJECTED',
  RETURN_REQUESTED = 'RETURN_REQUESTED',
  RETURNED = 'RETURNED',
}

/** Who pays a courier (快递费用). */
export enum CourierPayer {
  ISSUER = 'ISSUER',
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}

registerEnumType(InvoiceKind, {
  name: 'InvoiceKind',
  description: 'What an invoice is over.',
  valuesConfig: {
    CLOUD_STORE: {
      description: '云商店发票: issued by a cloud-store provider over cloud-store orders (requestInvoice).',
    },
    CLOUD: { description: '华为云发票: issued by the cloud over the partner’s cloud bills of a bill cycle.' },
  },
});
registerEnumType(InvoiceTitleType, {
  name: 'InvoiceTitleType',
  description: '抬头类型: whom the invoice is made out to.',
  valuesConfig: {
    PERSONAL: { description: '个人: a person; VAT general invoices only.' },
    ENTERPRISE: { description: '企业: a company, with its tax id; the only title a VAT special invoice may have.' },
  },
});
registerEnumType(InvoiceType, {
  name: 'InvoiceType',
  description: '发票类型.',
  valuesConfig: {
    VAT_GENERAL: { description: '增值税普通发票.' },
    VAT_SPECIAL: { description: '增值税专用发票: only for an ENTERPRISE title (INVOICE_SPECIAL_NEEDS_ENTERPRISE).' },
  },
});
registerEnumType(InvoiceMedium, {
  name: 'InvoiceMedium',
  description: '发票介质.',
  valuesConfig: {
    ELECTRONIC: { description: '电子发票: downloadable once ISSUED; no courier.' },
    PAPER: {
      description:
        '纸质发票: mailed to the given address; under 100 元 the partner pays the courier (see invoiceQuote).',
    },
  },
});
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description:
    '(design) Where an invoice stands. SUBMITTED → ISSUED (electronic: delivered) → SHIPPED → RECEIVED (paper); SUBMITTED → REJECTED (with a reason); a delivered invoice (ISSUED electronic, RECEIVED paper) → RETURN_REQUESTED (returnInvoice) → RETURNED. The cloud operator (ops:invoice) moves every step but the return request.',
  valuesConfig: {
    SUBMITTED: { description: '已提交: requested, waiting for the issuer.' },
    ISSUED: { description: '已开票: issued; an electronic invoice is delivered with it.' },
    SHIPPED: { description: '已寄出: a paper invoice is with the courier.' },
    RECEIVED: { description: '已签收: a paper invoice was signed for.' },
    REJECTED: {
      description: '已驳回: the issuer refused the request (statusReason says why); its orders may be invoiced again.',
    },
    RETURN_REQUESTED: { description: '退票中: the partner asked to return it; waiting for the issuer.' },
    RETURNED: {
      description: '已退票: returned; its orders may be invoiced again and its amount no longer counts as invoiced.',
    },
  },
});
registerEnumType(CourierPayer, {
  name: 'CourierPayer',
  description: 'Who pays a courier (快递费用).',
  valuesConfig: {
    ISSUER: { description: 'The issuer (the provider or the cloud) pays: paper invoices of 100 元 or more.' },
    PARTNER: { description: '合作伙伴自行承担: paper invoices under 100 元.' },
    CUSTOMER: { description: '由客户自行承担: a returned paper invoice is sent back at the holder’s cost.' },
  },
});
