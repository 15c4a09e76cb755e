import { Migration } from '@mikro-orm/migrations';

/**
 * Incentives (激励): the incentive records with their payout stage and the transitions taken, the
 * partner's automatic-application switch, and the cloud accounts' enterprise real-name data (PCE).
 */
export class Migration20261203184001_Incentives extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "incentive_record" ("id" serial primary key, "partner_id" int not null, "incentive_type" text check ("incentive_type" in ('PCE_OPPORTUNITY', 'SALES_REBATE', 'MARKETING_TASK')) not null, "period" varchar(6) not null, "amount" bigint not null default 0, "stage" text check ("stage" in ('PENDING_APPLICATION', 'APPLYING', 'COSIGNING', 'COSIGN_REJECTED', 'AWAITING_PAYMENT_ORDER', 'PAYMENT_ORDER_FAILED', 'INVOICE_REVIEW', 'AWAITING_PARTNER_INVOICE', 'AWAITING_PAYMENT', 'PAID', 'CLOSED')) not null, "rejection_reason" varchar(500) null, "opportunity_account_id" int null, "opportunity_verified_at" timestamptz null, "invoice_number" varchar(32) null, "created_at" timestamptz not null, "applied_at" timestamptz null, "invoiced_at" timestamptz null, "paid_at" timestamptz null, "stage_changed_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(
      `create index "incentive_record_partner_id_stage_index" on "incentive_record" ("partner_id", "stage");`,
    );
    this.addSql(
      `create index "incentive_record_partner_id_period_index" on "incentive_record" ("partner_id", "period");`,
    );

    this.addSql(
      `create table "incentive_transition" ("id" serial primary key, "record_id" int not null, "action" text check ("action" in ('APPLY', 'START_COSIGN', 'APPROVE_COSIGN', 'REJECT_COSIGN', 'REOPEN', 'CLOSE', 'CREATE_PAYMENT_ORDER', 'FAIL_PAYMENT_ORDER', 'RETRY_PAYMENT_ORDER', 'SIGN_INVOICE', 'INVOICE', 'PAY')) not null, "from_stage" text check ("from_stage" in ('PENDING_APPLICATION', 'APPLYING', 'COSIGNING', 'COSIGN_REJECTED', 'AWAITING_PAYMENT_ORDER', 'PAYMENT_ORDER_FAILED', 'INVOICE_REVIEW', 'AWAITING_PARTNER_INVOICE', 'AWAITING_PAYMENT', 'PAID', 'CLOSED')) not null, "to_stage" text check ("to_stage" in ('PENDING_APPLICATION', 'APPLYING', 'COSIGNING', 'COSIGN_REJECTED', 'AWAITING_PAYMENT_ORDER', 'PAYMENT_ORDER_FAILED', 'INVOICE_REVIEW', 'AWAITING_PARTNER_INVOICE', 'AWAITING_PAYMENT', 'PAID', 'CLOSED')) not null, "actor_kind" text check ("actor_kind" in ('PARTNER', 'OPERATOR', 'SYSTEM')) not null, "actor" varchar(100) not null, "reason" varchar(500) null, "at" timestamptz not null);`,
    );
    this.addSql(`create index "incentive_transition_record_id_index" on "incentive_transition" ("record_id");`);

    this.addSql(
      `alter table "incentive_record" add constraint "incentive_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "incentive_record" add constraint "incentive_record_opportunity_account_id_foreign" foreign key ("opportunity_account_id") references "cloud_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "incentive_transition" add constraint "incentive_transition_record_id_foreign" foreign key ("record_id") references "incentive_record" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "cloud_account" add column "real_name_enterprise" varchar(200) null, add column "real_name_verified_at" timestamptz null;`,
    );
    this.addSql(`create index "cloud_account_real_name_enterprise_index" on "cloud_account" ("real_name_enterprise");`);

    this.addSql(`alter table "partner" add column "incentive_auto_apply" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "incentive_transition" drop constraint "incentive_transition_record_id_foreign";`);

    this.addSql(`drop table if exists "incentive_record" cascade;`);

    this.addSql(`drop table if exists "incentive_transition" cascade;`);

    this.addSql(`drop index "cloud_account_real_name_enterprise_index";`);
    this.addSql(`alter table "cloud_account" drop column "real_name_enterprise", drop column "real_name_verified_at";`);

    this.addSql(`alter table "partner" drop column "incentive_auto_apply";`);
  }
}
