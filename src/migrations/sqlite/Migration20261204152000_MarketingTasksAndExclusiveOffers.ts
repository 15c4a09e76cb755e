import { Migration } from '@mikro-orm/migrations';

/**
 * Growth (issue 14): marketing tasks (营销任务) with the resources a big-deal renewal task is about;
 * exclusive-offer links (专属优惠), the partner's cloud-store customer-service-provider plan flag, the
 * link a cloud-store order was placed through, and the roll-up measures of those orders.
 */
export class Migration20261204152000_MarketingTasksAndExclusiveOffers extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`marketing_task\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`kind\` text check (\`kind\` in ('SALES_EXPANSION', 'BIG_DEAL_RENEWAL')) not null, \`title\` text not null, \`customer_id\` integer not null, \`account_manager_id\` integer null, \`target_amount\` bigint null, \`status\` text check (\`status\` in ('PENDING', 'IN_PROGRESS', 'DONE', 'EXPIRED')) not null, \`dispatched_at\` datetime not null, \`due_at\` datetime not null, \`started_at\` datetime null, \`closed_at\` datetime null, \`result\` text check (\`result\` in ('SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED')) null, \`note\` text null, \`handled_by_id\` integer null, constraint \`marketing_task_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`marketing_task_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`marketing_task_account_manager_id_foreign\` foreign key(\`account_manager_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`marketing_task_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`marketing_task_partner_id_index\` on \`marketing_task\` (\`partner_id\`);`);
    this.addSql(`create index \`marketing_task_customer_id_index\` on \`marketing_task\` (\`customer_id\`);`);
    this.addSql(
      `create index \`marketing_task_account_manager_id_index\` on \`marketing_task\` (\`account_manager_id\`);`,
    );
    this.addSql(`create index \`marketing_task_handled_by_id_index\` on \`marketing_task\` (\`handled_by_id\`);`);
    this.addSql(
      `create index \`marketing_task_partner_id_status_index\` on \`marketing_task\` (\`partner_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`marketing_task_resource\` (\`id\` integer not null primary key autoincrement, \`task_id\` integer not null, \`resource_id\` integer not null, constraint \`marketing_task_resource_task_id_foreign\` foreign key(\`task_id\`) references \`marketing_task\`(\`id\`) on update cascade, constraint \`marketing_task_resource_resource_id_foreign\` foreign key(\`resource_id\`) references \`resource\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`marketing_task_resource_task_id_index\` on \`marketing_task_resource\` (\`task_id\`);`);
    this.addSql(
      `create index \`marketing_task_resource_resource_id_index\` on \`marketing_task_resource\` (\`resource_id\`);`,
    );
    this.addSql(
      `create unique index \`marketing_task_resource_task_id_resource_id_unique\` on \`marketing_task_resource\` (\`task_id\`, \`resource_id\`);`,
    );

    this.addSql(
      `create table \`exclusive_offer_link\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`product_code\` text not null, \`provider_name\` text not null, \`product_name\` text not null, \`price\` bigint not null default 0, \`token\` text not null, \`created_at\` datetime not null, \`created_by_id\` integer null, constraint \`exclusive_offer_link_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`exclusive_offer_link_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`exclusive_offer_link_partner_id_index\` on \`exclusive_offer_link\` (\`partner_id\`);`);
    this.addSql(
      `create index \`exclusive_offer_link_created_by_id_index\` on \`exclusive_offer_link\` (\`created_by_id\`);`,
    );
    this.addSql(`create unique index \`exclusive_offer_link_token_unique\` on \`exclusive_offer_link\` (\`token\`);`);
    this.addSql(
      `create unique index \`exclusive_offer_link_partner_id_product_code_unique\` on \`exclusive_offer_link\` (\`partner_id\`, \`product_code\`);`,
    );

    this.addSql(`alter table \`partner\` add column \`cloud_store_service_plan\` integer not null default false;`);
    this.addSql(`alter table \`cloud_store_order\` add column \`exclusive_offer_link_id\` integer null;`);
    this.addSql(
      `create index \`cloud_store_order_exclusive_offer_link_id_index\` on \`cloud_store_order\` (\`exclusive_offer_link_id\`);`,
    );
    this.addSql(`alter table \`partner_performance_month\` add column \`offer_amount\` bigint not null default 0;`);
    this.addSql(`alter table \`partner_performance_month\` add column \`offer_orders\` integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`partner_performance_month\` drop column \`offer_orders\`;`);
    this.addSql(`alter table \`partner_performance_month\` drop column \`offer_amount\`;`);
    this.addSql(`drop index if exists \`cloud_store_order_exclusive_offer_link_id_index\`;`);
    this.addSql(`alter table \`cloud_store_order\` drop column \`exclusive_offer_link_id\`;`);
    this.addSql(`alter table \`partner\` drop column \`cloud_store_service_plan\`;`);
    this.addSql(`drop table if exists \`exclusive_offer_link\`;`);
    this.addSql(`drop table if exists \`marketing_task_resource\`;`);
    this.addSql(`drop table if exists \`marketing_task\`;`);
  }
}
