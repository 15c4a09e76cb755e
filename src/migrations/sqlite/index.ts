import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121182404_Initial } from './Migration20261121182404_Initial';
import { Migration20261203094214_SignInThrottleAndMaintenanceLease } from './Migration20261203094214_SignInThrottleAndMaintenanceLease';
import { Migration20261203132228_CouponUseRecords } from './Migration20261203132228_CouponUseRecords';
import { Migration20261203132413_PartnerAccountsAndBalanceAlerts } from './Migration20261203132413_PartnerAccountsAndBalanceAlerts';
import { Migration20261203133057_CustomerOperatorActorsAndOutbox } from './Migration20261203133057_CustomerOperatorActorsAndOutbox';
import { Migration20261203135858_CustomerInvitations } from './Migration20261203135858_CustomerInvitations';
import { Migration20261203140000_UnbindRequests } from './Migration20261203140000_UnbindRequests';
import { Migration20261203140012_Notifications } from './Migration20261203140012_Notifications';
import { Migration20261203140750_CustomerMobileUnique } from './Migration20261203140750_CustomerMobileUnique';
import { Migration20261203142647_CustomerDiscounts } from './Migration20261203142647_CustomerDiscounts';
import { Migration20261203150000_UnbindRequestsOpenExpiry } from './Migration20261203150000_UnbindRequestsOpenExpiry';
import { Migration20261203180000_FinanceTradeTypes } from './Migration20261203180000_FinanceTradeTypes';
import { Migration20261203181000_PartnerAccountOperations } from './Migration20261203181000_PartnerAccountOperations';
import { Migration20261203182000_PriceCatalogue } from './Migration20261203182000_PriceCatalogue';
import { Migration20261203182010_PaymentAgreements } from './Migration20261203182010_PaymentAgreements';
import { Migration20261203183000_CloudStoreOrders } from './Migration20261203183000_CloudStoreOrders';
import { Migration20261203183010_Invoices } from './Migration20261203183010_Invoices';
import { Migration20261203184000_Incentives } from './Migration20261203184000_Incentives';
import { Migration20261203185000_PerformanceRollups } from './Migration20261203185000_PerformanceRollups';
import { Migration20261204150000_NotificationKinds } from './Migration20261204150000_NotificationKinds';
import { Migration20261204151000_LeadsAndOpportunities } from './Migration20261204151000_LeadsAndOpportunities';
import { Migration20261204152000_MarketingTasksAndExclusiveOffers } from './Migration20261204152000_MarketingTasksAndExclusiveOffers';
import { Migration20261204153000_ProgramMemberships } from './Migration20261204153000_ProgramMemberships';
import { Migration20261204153010_ProgramWorkflows } from './Migration20261204153010_ProgramWorkflows';
import { Migration20261204154000_GrowthShowcase } from './Migration20261204154000_GrowthShowcase';
import { Migration20261204155000_MemberSelfService } from './Migration20261204155000_MemberSelfService';
import { Migration20261204156000_ResourceProductCodes } from './Migration20261204156000_ResourceProductCodes';
import { Migration20261204157000_PartnerCompany } from './Migration20261204157000_PartnerCompany';
import { Migration20261204170000_DashboardRollups } from './Migration20261204170000_DashboardRollups';
import { Migration20261204180000_CouponIncentiveRollups } from './Migration20261204180000_CouponIncentiveRollups';
import { Migration20261204180010_DashboardAlertIndexes } from './Migration20261204180010_DashboardAlertIndexes';
import { Migration20261205020000_ConsumptionManagerMonth } from './Migration20261205020000_ConsumptionManagerMonth';
import { Migration20261206010000_DashboardRevision } from './Migration20261206010000_DashboardRevision';

/** SQLite migrations in order; `npm run db:migration:create` appends here. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261121182404_Initial', class: Migration20261121182404_Initial },
  {
    name: 'Migration20261203094214_SignInThrottleAndMaintenanceLease',
    class: Migration20261203094214_SignInThrottleAndMaintenanceLease,
  },
  { name: 'Migration20261203132228_CouponUseRecords', class: Migration20261203132228_CouponUseRecords },
  {
    name: 'Migration20261203132413_PartnerAccountsAndBalanceAlerts',
    class: Migration20261203132413_PartnerAccountsAndBalanceAlerts,
  },
  {
    name: 'Migration20261203133057_CustomerOperatorActorsAndOutbox',
    class: Migration20261203133057_CustomerOperatorActorsAndOutbox,
  },
  { name: 'Migration20261203135858_CustomerInvitations', class: Migration20261203135858_CustomerInvitations },
  { name: 'Migration20261203140000_UnbindRequests', class: Migration20261203140000_UnbindRequests },
  { name: 'Migration20261203140012_Notifications', class: Migration20261203140012_Notifications },
  { name: 'Migration20261203140750_CustomerMobileUnique', class: Migration20261203140750_CustomerMobileUnique },
  { name: 'Migration20261203142647_CustomerDiscounts', class: Migration20261203142647_CustomerDiscounts },
  { name: 'Migration20261203150000_UnbindRequestsOpenExpiry', class: Migration20261203150000_UnbindRequestsOpenExpiry },
  { name: 'Migration20261203180000_FinanceTradeTypes', class: Migration20261203180000_FinanceTradeTypes },
  { name: 'Migration20261203181000_PartnerAccountOperations', class: Migration20261203181000_PartnerAccountOperations },
  { name: 'Migration20261203182000_PriceCatalogue', class: Migration20261203182000_PriceCatalogue },
  { name: 'Migration20261203182010_PaymentAgreements', class: Migration20261203182010_PaymentAgreements },
  { name: 'Migration20261203183000_CloudStoreOrders', class: Migration20261203183000_CloudStoreOrders },
  { name: 'Migration20261203183010_Invoices', class: Migration20261203183010_Invoices },
  { name: 'Migration20261203184000_Incentives', class: Migration20261203184000_Incentives },
  { name: 'Migration20261203185000_PerformanceRollups', class: Migration20261203185000_PerformanceRollups },
  { name: 'Migration20261204150000_NotificationKinds', class: Migration20261204150000_NotificationKinds },
  { name: 'Migration20261204151000_LeadsAndOpportunities', class: Migration20261204151000_LeadsAndOpportunities },
  {
    name: 'Migration20261204152000_MarketingTasksAndExclusiveOffers',
    class: Migration20261204152000_MarketingTasksAndExclusiveOffers,
  },
  { name: 'Migration20261204153000_ProgramMemberships', class: Migration20261204153000_ProgramMemberships },
  { name: 'Migration20261204153010_ProgramWorkflows', class: Migration20261204153010_ProgramWorkflows },
  { name: 'Migration20261204154000_GrowthShowcase', class: Migration20261204154000_GrowthShowcase },
  { name: 'Migration20261204155000_MemberSelfService', class: Migration20261204155000_MemberSelfService },
  { name: 'Migration20261204156000_ResourceProductCodes', class: Migration20261204156000_ResourceProductCodes },
  { name: 'Migration20261204157000_PartnerCompany', class: Migration20261204157000_PartnerCompany },
  { name: 'Migration20261204170000_DashboardRollups', class: Migration20261204170000_DashboardRollups },
  { name: 'Migration20261204180000_CouponIncentiveRollups', class: Migration20261204180000_CouponIncentiveRollups },
  { name: 'Migration20261204180010_DashboardAlertIndexes', class: Migration20261204180010_DashboardAlertIndexes },
  { name: 'Migration20261205020000_ConsumptionManagerMonth', class: Migration20261205020000_ConsumptionManagerMonth },
  { name: 'Migration20261206010000_DashboardRevision', class: Migration20261206010000_DashboardRevision },
];
