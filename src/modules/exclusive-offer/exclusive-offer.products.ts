/**
 * (design) The cloud-store (云商店) products a partner in the customer-service-provider plan may
 * share exclusive-offer links for: the marketplace's product detail pages, by product code, with
 * the price a customer pays when ordering through a link (fen). Fixed data, like the price catalogue.
 */
export interface CloudStoreProduct {
  code: string;
  providerName: string;
  productName: string;
  price: number;
}

export const CLOUD_STORE_PRODUCTS: readonly CloudStoreProduct[] = [
  { code: 'OFFER-ERP-STD', providerName: '云联数科', productName: '云联ERP 标准版', price: 1_280_000 },
  { code: 'OFFER-CRM-PRO', providerName: '北极星软件', productName: '北极星 CRM 专业版', price: 680_000 },
  { code: 'OFFER-MES', providerName: '青云智造', productName: 'MES 制造执行系统', price: 2_400_000 },
  { code: 'OFFER-WAF-MON', providerName: '华数安全', productName: '网站安全监测', price: 99_00 },
  { code: 'OFFER-OA', providerName: '易企办', productName: '易企办 OA', price: 360_000 },
];

/** The product with this code, or null. */
export function cloudStoreProduct(code: string): CloudStoreProduct | null {
  return CLOUD_STORE_PRODUCTS.find((p) => p.code === code) ?? null;
}

/** The public product page a link opens (the token attributes the order to the partner). */
export const offerUrl = (productCode: string, token: string) =>
  `https://marketplace.example.cn/product/${encodeURIComponent(productCode)}?offer=${token}`;
