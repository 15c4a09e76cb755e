import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121182405_Initial } from './Migration20261121182405_Initial';
import { Migration20261203094215_SignInThrottleAndMaintenanceLease } from './Migration20261203094215_SignInThrottleAndMaintenanceLease';
import { Migration20261203132229_CouponUseRecords } from './Migration20261203132229_CouponUseRecords';
import { Migration20261203132414_PartnerAccountsAndBalanceAlerts } from './Migration20261203132414_PartnerAccountsAndBalanceAlerts';
import { Migration20261203133058_CustomerOperatorActorsAndOutbox } from './Migration20261203133058_CustomerOperatorActorsAndOutbox';
import { Migration20261203135902_CustomerInvitations } from './Migration20261203135902_CustomerInvitations';
import { Migration20261203140001_UnbindRequests } from './Migration20261203140001_UnbindRequests';
import { Migration20261203140013_Notifications } from './Migration20261203140013_Notifications';
import { Migration20261203140753_CustomerMobileUnique } from './Migration20261203140753_CustomerMobileUnique';
import { Migration20261203142649_CustomerDiscounts } from './Migration20261203142649_CustomerDiscounts';
import { Migration20261203150001_UnbindRequestsOpenExpiry } from './Migration20261203150001_UnbindRequestsOpenExpiry';
import { Migration20261203180001_FinanceTradeTypes } from './Migration20261203180001_FinanceTradeTypes';
import { Migration20261203181001_PartnerAccountOperations } from './Migration20261203181001_PartnerAccountOperations';
import { Migration20261203182001_PriceCatalogue } from './Migration20261203182001_PriceCatalogue';
import { Migration20261203182011_PaymentAgreements } from './Migration20261203182011_PaymentAgreements';
import { Migration20261203183001_CloudStoreOrders } from './Migration20261203183001_CloudStoreOrders';
import { Migration20261203183011_Invoices } from './Migration20261203183011_Invoices';
import { Migration20261203184001_Incentives } from './Migration20261203184001_Incentives';
import { Migration20261203185001_PerformanceRollups } from './Migration20261203185001_PerformanceRollups';
import { Migration20261204150001_NotificationKinds } from './Migration20261204150001_NotificationKinds';
import { Migration20261204151001_LeadsAndOpportunities } from './Migration20261204151001_LeadsAndOpportunities';
import { Migration20261204152001_MarketingTasksAndExclusiveOffers } from './Migration20261204152001_MarketingTasksAndExclusiveOffers';
import { Migration20261204153001_ProgramMemberships } from './Migration20261204153001_ProgramMemberships';
import { Migration20261204153011_ProgramWorkflows } from './Migration20261204153011_ProgramWorkflows';
import { Migration20261204154001_GrowthShowcase } from './Migration20261204154001_GrowthShowcase';
import { Migration20261204155001_MemberSelfService } from './Migration20261204155001_MemberSelfService';
import { Migration20261204156001_ResourceProductCodes } from './Migration20261204156001_ResourceProductCodes';
import { Migration20261204157001_PartnerCompany } from './Migration20261204157001_PartnerCompany';
import { Migration20261204170001_DashboardRollups } from './Migration20261204170001_DashboardRollups';
import { Migration20261204180001_CouponIncentiveRollups } from './Migration20261204180001_CouponIncentiveRollups';
import { Migration20261204180011_DashboardAlertIndexes } from './Migration20261204180011_DashboardAlertIndexes';
import { Migration20261204190001_TopCustomersIndex } from './Migration20261204190001_TopCustomersIndex';
import { Migration20261205020001_ConsumptionManagerMonth } from './Migration20261205020001_ConsumptionManagerMonth';
import { Migration20261205030001_KeysetIndexes } from './Migration20261205030001_KeysetIndexes';
import { Migration20261206010001_DashboardRevision } from './Migration20261206010001_DashboardRevision';

/** PostgreSQL migrations in order; `npm run db:migration:create` appends here. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261121182405_Initial', class: Migration20261121182405_Initial },
  {
    name: 'Migration20261203094215_SignInThrottleAndMaintenanceLease',
    class: Migration20261203094215_SignInThrottleAndMaintenanceLease,
  },
  { name: 'Migration20261203132229_CouponUseRecords', class: Migration20261203132229_CouponUseRecords },
  {
    name: 'Migration20261203132414_PartnerAccountsAndBalanceAlerts',
    class: Migration20261203132414_PartnerAccountsAndBalanceAlerts,
  },
  {
    name: 'Migration20261203133058_CustomerOperatorActorsAndOutbox',
    class: Migration20261203133058_CustomerOperatorActorsAndOutbox,
  },
  { name: 'Migration20261203135902_CustomerInvitations', class: Migration20261203135902_CustomerInvitations },
  { name: 'Migration20261203140001_UnbindRequests', class: Migration20261203140001_UnbindRequests },
  { name: 'Migration20261203140013_Notifications', class: Migration20261203140013_Notifications },
  { name: 'Migration20261203140753_CustomerMobileUnique', class: Migration20261203140753_CustomerMobileUnique },
  { name: 'Migration20261203142649_CustomerDiscounts', class: Migration20261203142649_CustomerDiscounts },
  { name: 'Migration20261203150001_UnbindRequestsOpenExpiry', class: Migration20261203150001_UnbindRequestsOpenExpiry },
  { name: 'Migration20261203180001_FinanceTradeTypes', class: Migration20261203180001_FinanceTradeTypes },
  { name: 'Migration20261203181001_PartnerAccountOperations', class: Migration20261203181001_PartnerAccountOperations },
  { name: 'Migration20261203182001_PriceCatalogue', class: Migration20261203182001_PriceCatalogue },
  { name: 'Migration20261203182011_PaymentAgreements', class: Migration20261203182011_PaymentAgreements },
  { name: 'Migration20261203183001_CloudStoreOrders', class: Migration20261203183001_CloudStoreOrders },
  { name: 'Migration20261203183011_Invoices', class: Migration20261203183011_Invoices },
  { name: 'Migration20261203184001_Incentives', class: Migration20261203184001_Incentives },
  { name: 'Migration20261203185001_PerformanceRollups', class: Migration20261203185001_PerformanceRollups },
  { name: 'Migration20261204150001_NotificationKinds', class: Migration20261204150001_NotificationKinds },
  { name: 'Migration20261204151001_LeadsAndOpportunities', class: Migration20261204151001_LeadsAndOpportunities },
  {
    name: 'Migration20261204152001_MarketingTasksAndExclusiveOffers',
    class: Migration20261204152001_MarketingTasksAndExclusiveOffers,
  },
  { name: 'Migration20261204153001_ProgramMemberships', class: Migration20261204153001_ProgramMemberships },
  { name: 'Migration20261204153011_ProgramWorkflows', class: Migration20261204153011_ProgramWorkflows },
  { name: 'Migration20261204154001_GrowthShowcase', class: Migration20261204154001_GrowthShowcase },
  { name: 'Migration20261204155001_MemberSelfService', class: Migration20261204155001_MemberSelfService },
  { name: 'Migration20261204156001_ResourceProductCodes', class: Migration20261204156001_ResourceProductCodes },
  { name: 'Migration20261204157001_PartnerCompany', class: Migration20261204157001_PartnerCompany },
  { name: 'Migration20261204170001_DashboardRollups', class: Migration20261204170001_DashboardRollups },
  { name: 'Migration20261204180001_CouponIncentiveRollups', class: Migration20261204180001_CouponIncentiveRollups },
  { name: 'Migration20261204180011_DashboardAlertIndexes', class: Migration20261204180011_DashboardAlertIndexes },
  { name: 'Migration20261204190001_TopCustomersIndex', class: Migration20261204190001_TopCustomersIndex },
  { name: 'Migration20261205020001_ConsumptionManagerMonth', class: Migration20261205020001_ConsumptionManagerMonth },
  { name: 'Migration20261205030001_KeysetIndexes', class: Migration20261205030001_KeysetIndexes },
  { name: 'Migration20261206010001_DashboardRevision', class: Migration20261206010001_DashboardRevision },
];
