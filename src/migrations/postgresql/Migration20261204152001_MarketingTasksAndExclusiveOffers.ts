import { Migration } from '@mikro-orm/migrations';

/**
 * Growth (issue 14): marketing tasks (营销任务) with the resources a big-deal renewal task is about;
 * exclusive-offer links (专属优惠), the partner's cloud-store customer-service-provider plan flag, the
 * link a cloud-store order was placed through, and the roll-up measures of those orders.
 */
export class Migration20261204152001_MarketingTasksAndExclusiveOffers extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "marketing_task" ("id" serial primary key, "partner_id" int not null, "kind" text check ("kind" in ('SALES_EXPANSION', 'BIG_DEAL_RENEWAL')) not null, "title" varchar(200) not null, "customer_id" int not null, "account_manager_id" int null, "target_amount" bigint null, "status" text check ("status" in ('PENDING', 'IN_PROGRESS', 'DONE', 'EXPIRED')) not null, "dispatched_at" timestamptz not null, "due_at" timestamptz not null, "started_at" timestamptz null, "closed_at" timestamptz null, "result" text check ("result" in ('SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED')) null, "note" varchar(500) null, "handled_by_id" int null);`,
    );
    this.addSql(`create index "marketing_task_customer_id_index" on "marketing_task" ("customer_id");`);
    this.addSql(`create index "marketing_task_account_manager_id_index" on "marketing_task" ("account_manager_id");`);
    this.addSql(`create index "marketing_task_partner_id_status_index" on "marketing_task" ("partner_id", "status");`);
    this.addSql(
      `alter table "marketing_task" add constraint "marketing_task_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "marketing_task" add constraint "marketing_task_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "marketing_task" add constraint "marketing_task_account_manager_id_foreign" foreign key ("account_manager_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "marketing_task" add constraint "marketing_task_handled_by_id_foreign" foreign key ("handled_by_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "marketing_task_resource" ("id" serial primary key, "task_id" int not null, "resource_id" int not null);`,
    );
    this.addSql(
      `create index "marketing_task_resource_resource_id_index" on "marketing_task_resource" ("resource_id");`,
    );
    this.addSql(
      `alter table "marketing_task_resource" add constraint "marketing_task_resource_task_id_resource_id_unique" unique ("task_id", "resource_id");`,
    );
    this.addSql(
      `alter table "marketing_task_resource" add constraint "marketing_task_resource_task_id_foreign" foreign key ("task_id") references "marketing_task" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "marketing_task_resource" add constraint "marketing_task_resource_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade;`,
    );

    this.addSql(
      `create table "exclusive_offer_link" ("id" serial primary key, "partner_id" int not null, "product_code" varchar(32) not null, "provider_name" varchar(128) not null, "product_name" varchar(128) not null, "price" bigint not null default 0, "token" varchar(64) not null, "created_at" timestamptz not null, "created_by_id" int null);`,
    );
    this.addSql(
      `alter table "exclusive_offer_link" add constraint "exclusive_offer_link_token_unique" unique ("token");`,
    );
    this.addSql(
      `alter table "exclusive_offer_link" add constraint "exclusive_offer_link_partner_id_product_code_unique" unique ("partner_id", "product_code");`,
    );
    this.addSql(
      `alter table "exclusive_offer_link" add constraint "exclusive_offer_link_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "exclusive_offer_link" add constraint "exclusive_offer_link_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "partner" add column "cloud_store_service_plan" boolean not null default false;`);
    this.addSql(`alter table "cloud_store_order" add column "exclusive_offer_link_id" int null;`);
    this.addSql(
      `create index "cloud_store_order_exclusive_offer_link_id_index" on "cloud_store_order" ("exclusive_offer_link_id");`,
    );
    this.addSql(
      `alter table "partner_performance_month" add column "offer_amount" bigint not null default 0, add column "offer_orders" int not null default 0;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partner_performance_month" drop column "offer_amount", drop column "offer_orders";`);
    this.addSql(`alter table "cloud_store_order" drop column "exclusive_offer_link_id";`);
    this.addSql(`alter table "partner" drop column "cloud_store_service_plan";`);
    this.addSql(`drop table if exists "exclusive_offer_link" cascade;`);
    this.addSql(`drop table if exists "marketing_task_resource" cascade;`);
    this.addSql(`drop table if exists "marketing_task" cascade;`);
  }
}
