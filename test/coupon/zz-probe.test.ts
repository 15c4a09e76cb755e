import { it } from 'vitest';
import { startTestServer } from '../../test/helpers/server';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../../src/modules/coupon/coupon.entity';
it('probe', async () => {
  const s = await startTestServer();
  const em = s.orm.em.fork();
  const now = new Date(); const from = new Date(now); from.setUTCMonth(from.getUTCMonth()-12); const to = new Date(now); to.setUTCMonth(to.getUTCMonth()+12);
  console.log('dist coupons', await em.count(Coupon, {partner:1}), 'before', await em.count(Coupon, {partner:1, expireTime:{$lt:from}}), 'after', await em.count(Coupon, {partner:1, expireTime:{$gt:to}}));
  console.log('reseller1 coupons', await em.count(Coupon, {partner:2}), 'memo', await em.count(Coupon, {partner:2, memo:{$ne:null}}));
  console.log('quotas', (await em.find(CouponQuota, {})).map(q=>[q.id,q.partner.id,q.parentQuota?.id,q.kind,q.status,q.designatedCustomerIds.length]));
  console.log('records', await em.count(CouponRecord,{partner:1}), await em.count(QuotaRecord,{partner:1}), await em.count(QuotaRecord,{}));
  await s.close();
});
