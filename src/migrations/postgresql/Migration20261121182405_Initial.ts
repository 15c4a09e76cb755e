import { Migration } from '@mikro-orm/migrations';

export class Migration20261121182405_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_log" ("id" serial primary key, "partner_id" int not null, "member_id" int null, "action" varchar(64) not null, "target" varchar(128) not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(64) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "audit_log_partner_id_created_at_index" on "audit_log" ("partner_id", "created_at");`);

    this.addSql(
      `create table "cloud_account" ("id" serial primary key, "account_name" varchar(64) not null, "email" varchar(200) null, "mobile" varchar(32) null, "international" boolean not null default false, "is_partner" boolean not null default false, "reported_by_cloud" boolean not null default false, "government_subsidy" boolean not null default false, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "cloud_account" add constraint "cloud_account_account_name_unique" unique ("account_name");`,
    );
    this.addSql(`create index "cloud_account_email_index" on "cloud_account" ("email");`);
    this.addSql(`create index "cloud_account_mobile_index" on "cloud_account" ("mobile");`);

    this.addSql(
      `create table "partner" ("id" serial primary key, "name" varchar(200) not null, "identity" text check ("identity" in ('DISTRIBUTOR', 'CLOUD_RESELLER', 'SOLUTION_PROVIDER')) not null, "status" text check ("status" in ('NORMAL', 'RESTRICTED', 'FROZEN')) not null default 'NORMAL', "parent_id" int null, "verification_enabled" boolean not null default false, "balance_alert_threshold" bigint null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "partner_parent_id_index" on "partner" ("parent_id");`);

    this.addSql(
      `create table "member" ("id" serial primary key, "partner_id" int not null, "login_name" varchar(64) not null, "display_name" varchar(100) not null, "email" varchar(200) null, "mobile" varchar(32) null, "password_hash" varchar(300) not null, "status" text check ("status" in ('ACTIVE', 'CANCELLED')) not null default 'ACTIVE', "supervisor_id" int null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "member" add constraint "member_login_name_unique" unique ("login_name");`);
    this.addSql(`create index "member_supervisor_id_index" on "member" ("supervisor_id");`);

    this.addSql(
      `create table "member_invitation" ("id" serial primary key, "partner_id" int not null, "channel" text check ("channel" in ('MOBILE', 'EMAIL', 'ACCOUNT_NAME')) not null, "target" varchar(200) not null, "role_ids" jsonb not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'CANCELLED', 'EXPIRED')) not null default 'PENDING', "invited_by_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null);`,
    );
    this.addSql(`create index "member_invitation_created_at_index" on "member_invitation" ("created_at");`);

    this.addSql(
      `create table "idempotency_record" ("id" serial primary key, "partner_id" int not null, "key" varchar(128) not null, "operation" varchar(64) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "idempotency_record_created_at_index" on "idempotency_record" ("created_at");`);
    this.addSql(
      `alter table "idempotency_record" add constraint "idempotency_record_partner_id_key_unique" unique ("partner_id", "key");`,
    );

    this.addSql(
      `create table "coupon_quota" ("id" serial primary key, "partner_id" int not null, "quota_id" varchar(64) not null, "kind" text check ("kind" in ('VOUCHER', 'CASH', 'PICKUP')) not null, "quota_value" bigint not null default 0, "balance" bigint not null default 0, "status" smallint not null, "effective_time" timestamptz not null, "expire_time" timestamptz not null, "cloud_service_types" jsonb not null, "product_ids" jsonb not null, "designated_customer_ids" jsonb not null, "parent_quota_id" int null, "created_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`create index "coupon_quota_partner_id_index" on "coupon_quota" ("partner_id");`);
    this.addSql(`alter table "coupon_quota" add constraint "coupon_quota_quota_id_unique" unique ("quota_id");`);
    this.addSql(`create index "coupon_quota_parent_quota_id_index" on "coupon_quota" ("parent_quota_id");`);

    this.addSql(
      `create table "access_key" ("id" serial primary key, "member_id" int not null, "partner_id" int not null, "access_key_id" varchar(32) not null, "secret_ciphertext" varchar(300) not null, "description" varchar(200) null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`create index "access_key_member_id_index" on "access_key" ("member_id");`);
    this.addSql(`alter table "access_key" add constraint "access_key_access_key_id_unique" unique ("access_key_id");`);

    this.addSql(
      `create table "partner_account" ("id" serial primary key, "partner_id" int not null, "account_type" smallint not null, "amount" bigint not null default 0, "designated_amount" bigint not null default 0, "version" int not null default 1);`,
    );
    this.addSql(
      `alter table "partner_account" add constraint "partner_account_partner_id_account_type_unique" unique ("partner_id", "account_type");`,
    );

    this.addSql(
      `create table "quota_record" ("id" serial primary key, "partner_id" int not null, "quota_id" int not null, "parent_quota_id" int not null, "operation_type" smallint not null, "amount" bigint not null default 0, "operator_id" int null, "reseller_id" int not null, "time" timestamptz not null, "result" text check ("result" in ('SUCCESS', 'FAILED')) not null, "remark" varchar(500) null);`,
    );
    this.addSql(`create index "quota_record_partner_id_time_index" on "quota_record" ("partner_id", "time");`);

    this.addSql(
      `create table "rate_limit_bucket" ("bucket_key" varchar(100) not null, "tokens" double precision not null, "updated_at_ms" bigint not null, "granted" boolean not null, constraint "rate_limit_bucket_pkey" primary key ("bucket_key"));`,
    );

    this.addSql(
      `create table "role" ("id" serial primary key, "partner_id" int not null, "name" varchar(64) not null, "preset_key" text check ("preset_key" in ('ADMIN', 'ACCOUNT_MANAGER', 'ACCOUNT_MANAGER_SUPERVISOR', 'SA_SPECIALIST')) null, "description" varchar(500) null, "permission_codes" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "role" add constraint "role_partner_id_name_unique" unique ("partner_id", "name");`);

    this.addSql(
      `create table "member_role" ("id" serial primary key, "member_id" int not null, "role_id" int not null);`,
    );
    this.addSql(`create index "member_role_role_id_index" on "member_role" ("role_id");`);
    this.addSql(
      `alter table "member_role" add constraint "member_role_member_id_role_id_unique" unique ("member_id", "role_id");`,
    );

    this.addSql(
      `create table "signed_request_replay" ("signature" varchar(64) not null, "access_key_id" varchar(32) not null, "expires_at" timestamptz not null, constraint "signed_request_replay_pkey" primary key ("signature"));`,
    );
    this.addSql(`create index "signed_request_replay_expires_at_index" on "signed_request_replay" ("expires_at");`);

    this.addSql(
      `create table "sub_customer" ("id" serial primary key, "partner_id" int not null, "customer_id" varchar(64) not null, "account_name" varchar(64) not null, "name" varchar(200) null, "associated_on" timestamptz not null, "association_type" smallint not null, "label" varchar(100) null, "telephone" varchar(32) null, "country_code" varchar(8) null, "email" varchar(200) null, "verified_status" smallint not null, "customer_type" smallint not null, "is_frozen" smallint not null default 0, "customer_level" text check ("customer_level" in ('V0', 'V1', 'V2', 'V3', 'V4', 'V5')) not null, "account_manager_id" int null, "xaccount_id" varchar(64) not null, "xaccount_type" varchar(64) not null, "balance" bigint not null default 0, "debt_amount" bigint not null default 0, "unbound_at" timestamptz null, "version" int not null default 1);`,
    );
    this.addSql(`alter table "sub_customer" add constraint "sub_customer_customer_id_unique" unique ("customer_id");`);
    this.addSql(
      `alter table "sub_customer" add constraint "sub_customer_account_name_unique" unique ("account_name");`,
    );
    this.addSql(
      `create index "sub_customer_partner_id_account_manager_id_index" on "sub_customer" ("partner_id", "account_manager_id");`,
    );
    this.addSql(
      `create index "sub_customer_partner_id_associated_on_index" on "sub_customer" ("partner_id", "associated_on");`,
    );

    this.addSql(
      `create table "order_authorization" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "status" text check ("status" in ('GRANTED', 'REVOKED')) not null, "granted_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(
      `create index "order_authorization_customer_id_partner_id_index" on "order_authorization" ("customer_id", "partner_id");`,
    );

    this.addSql(
      `create table "customer_order" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "order_id" varchar(64) not null, "status" smallint not null, "order_type" smallint not null, "source_type" smallint not null, "service_type_code" varchar(64) not null, "official_amount" bigint not null default 0, "amount_after_discount" bigint not null default 0, "discounts" jsonb not null, "coupon_amount" bigint not null default 0, "cash_coupon_amount" bigint not null default 0, "create_time" timestamptz not null, "payment_time" timestamptz null, "pending_payment_end_time" timestamptz null, "version" int not null default 1);`,
    );
    this.addSql(`alter table "customer_order" add constraint "customer_order_order_id_unique" unique ("order_id");`);
    this.addSql(
      `create index "customer_order_customer_id_create_time_index" on "customer_order" ("customer_id", "create_time");`,
    );
    this.addSql(
      `create index "customer_order_partner_id_create_time_index" on "customer_order" ("partner_id", "create_time");`,
    );

    this.addSql(
      `create table "resource" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "order_id" int null, "resource_id" varchar(64) not null, "name" varchar(200) not null, "region_code" varchar(32) not null, "service_type_code" varchar(64) not null, "resource_type_code" varchar(64) not null, "is_main_resource" boolean not null, "parent_resource_id" int null, "status" smallint not null, "effective_time" timestamptz not null, "expire_time" timestamptz not null, "expire_policy" smallint not null, "auto_renew_times" int null);`,
    );
    this.addSql(`create index "resource_partner_id_index" on "resource" ("partner_id");`);
    this.addSql(`create index "resource_order_id_index" on "resource" ("order_id");`);
    this.addSql(`alter table "resource" add constraint "resource_resource_id_unique" unique ("resource_id");`);
    this.addSql(`create index "resource_parent_resource_id_index" on "resource" ("parent_resource_id");`);
    this.addSql(`create index "resource_customer_id_expire_time_index" on "resource" ("customer_id", "expire_time");`);

    this.addSql(
      `create table "order_line_item" ("id" serial primary key, "order_id" int not null, "product_id" varchar(64) not null, "service_type_code" varchar(64) not null, "product_spec_desc" varchar(200) not null, "period_type" smallint not null, "period_num" int not null, "subscription_num" int not null, "amount" bigint not null default 0, "effective_time" timestamptz null, "expire_time" timestamptz null);`,
    );
    this.addSql(`create index "order_line_item_order_id_index" on "order_line_item" ("order_id");`);

    this.addSql(
      `create table "coupon" ("id" serial primary key, "partner_id" int not null, "coupon_id" varchar(64) not null, "kind" text check ("kind" in ('VOUCHER', 'CASH', 'PICKUP')) not null, "quota_id" int not null, "customer_id" int not null, "status" smallint not null, "face_value" bigint not null default 0, "balance" bigint not null default 0, "effective_time" timestamptz not null, "expire_time" timestamptz not null, "memo" varchar(500) null, "used_on_order_id" int null, "issued_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`alter table "coupon" add constraint "coupon_coupon_id_unique" unique ("coupon_id");`);
    this.addSql(`create index "coupon_quota_id_index" on "coupon" ("quota_id");`);
    this.addSql(`create index "coupon_customer_id_status_index" on "coupon" ("customer_id", "status");`);
    this.addSql(`create index "coupon_partner_id_expire_time_index" on "coupon" ("partner_id", "expire_time");`);

    this.addSql(
      `create table "coupon_record" ("id" serial primary key, "partner_id" int not null, "coupon_id" int not null, "customer_id" int not null, "operation_type" smallint not null, "amount" bigint not null default 0, "operator_id" int null, "time" timestamptz not null, "result" text check ("result" in ('SUCCESS', 'FAILED')) not null, "memo" varchar(500) null);`,
    );
    this.addSql(`create index "coupon_record_coupon_id_index" on "coupon_record" ("coupon_id");`);
    this.addSql(`create index "coupon_record_customer_id_index" on "coupon_record" ("customer_id");`);
    this.addSql(`create index "coupon_record_partner_id_time_index" on "coupon_record" ("partner_id", "time");`);

    this.addSql(
      `create table "consumption_record" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "bill_cycle" varchar(7) not null, "service_type_code" varchar(64) not null, "resource_id" varchar(64) null, "charging_mode" smallint not null, "bill_detail_type" smallint not null, "trade_time" timestamptz not null, "official_amount" bigint not null default 0, "payment_amount" bigint not null default 0, "cash_amount" bigint not null default 0, "coupon_amount" bigint not null default 0, "debt_amount" bigint not null default 0, "account_manager_id" int null);`,
    );
    this.addSql(
      `create index "consumption_record_account_manager_id_index" on "consumption_record" ("account_manager_id");`,
    );
    this.addSql(
      `create index "consumption_record_customer_id_bill_cycle_index" on "consumption_record" ("customer_id", "bill_cycle");`,
    );
    this.addSql(
      `create index "consumption_record_partner_id_bill_cycle_index" on "consumption_record" ("partner_id", "bill_cycle");`,
    );

    this.addSql(
      `create table "association_event" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "event_type" text check ("event_type" in ('ASSOCIATE', 'SWITCH_TYPE', 'UNBIND')) not null, "initiator" text check ("initiator" in ('PARTNER', 'CUSTOMER')) not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED')) not null, "reason" varchar(500) null, "from_type" smallint null, "to_type" smallint null, "created_at" timestamptz not null, "handled_at" timestamptz null, "handled_by_id" int null);`,
    );
    this.addSql(
      `create index "association_event_customer_id_created_at_index" on "association_event" ("customer_id", "created_at");`,
    );

    this.addSql(
      `create table "adjust_record" ("id" serial primary key, "partner_id" int not null, "customer_id" int null, "reseller_id" int null, "operation_type" text check ("operation_type" in ('BEADJUST', 'BERETRIEVE', 'BEUNBIND')) not null, "amount" bigint not null default 0, "trans_id" varchar(64) not null, "operator_id" int null, "operation_time" timestamptz not null, "memo" varchar(500) null);`,
    );
    this.addSql(`create index "adjust_record_customer_id_index" on "adjust_record" ("customer_id");`);
    this.addSql(`create index "adjust_record_trans_id_index" on "adjust_record" ("trans_id");`);
    this.addSql(
      `create index "adjust_record_partner_id_operation_time_index" on "adjust_record" ("partner_id", "operation_time");`,
    );

    this.addSql(
      `create table "account_change_record" ("id" serial primary key, "partner_id" int not null, "owner_type" text check ("owner_type" in ('PARTNER', 'CUSTOMER')) not null, "customer_id" int null, "trade_type" text check ("trade_type" in ('RECHARGE', 'ALLOCATE_OUT', 'ALLOCATE_IN', 'RECLAIM_OUT', 'RECLAIM_IN', 'UNBIND_RETURN_OUT', 'UNBIND_RETURN_IN', 'ORDER_PAYMENT', 'REFUND')) not null, "amount" bigint not null default 0, "balance_after" bigint not null default 0, "trade_id" varchar(64) not null, "trade_time" timestamptz not null);`,
    );
    this.addSql(`create index "account_change_record_trade_id_index" on "account_change_record" ("trade_id");`);
    this.addSql(
      `create index "account_change_record_customer_id_trade_time_index" on "account_change_record" ("customer_id", "trade_time");`,
    );
    this.addSql(
      `create index "account_change_record_partner_id_owner_type_trade_time_index" on "account_change_record" ("partner_id", "owner_type", "trade_time");`,
    );

    this.addSql(
      `create table "verification_code" ("id" serial primary key, "member_id" int not null, "purpose" varchar(64) not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "failed_attempts" int not null default 0);`,
    );
    this.addSql(`create index "verification_code_member_id_index" on "verification_code" ("member_id");`);

    this.addSql(
      `create table "verification_outbox" ("id" serial primary key, "member_id" int not null, "destination" varchar(200) not null, "body" varchar(500) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "verification_outbox_member_id_index" on "verification_outbox" ("member_id");`);

    this.addSql(
      `alter table "partner" add constraint "partner_parent_id_foreign" foreign key ("parent_id") references "partner" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "member" add constraint "member_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "member" add constraint "member_supervisor_id_foreign" foreign key ("supervisor_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "member_invitation" add constraint "member_invitation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "member_invitation" add constraint "member_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "idempotency_record" add constraint "idempotency_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "coupon_quota" add constraint "coupon_quota_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon_quota" add constraint "coupon_quota_parent_quota_id_foreign" foreign key ("parent_quota_id") references "coupon_quota" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "access_key" add constraint "access_key_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_key" add constraint "access_key_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "partner_account" add constraint "partner_account_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "quota_record" add constraint "quota_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "quota_record" add constraint "quota_record_quota_id_foreign" foreign key ("quota_id") references "coupon_quota" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "quota_record" add constraint "quota_record_parent_quota_id_foreign" foreign key ("parent_quota_id") references "coupon_quota" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "quota_record" add constraint "quota_record_operator_id_foreign" foreign key ("operator_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "quota_record" add constraint "quota_record_reseller_id_foreign" foreign key ("reseller_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "role" add constraint "role_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "member_role" add constraint "member_role_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "member_role" add constraint "member_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "sub_customer" add constraint "sub_customer_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "sub_customer" add constraint "sub_customer_account_manager_id_foreign" foreign key ("account_manager_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "order_authorization" add constraint "order_authorization_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "order_authorization" add constraint "order_authorization_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "customer_order" add constraint "customer_order_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "customer_order" add constraint "customer_order_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "resource" add constraint "resource_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "resource" add constraint "resource_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "resource" add constraint "resource_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "resource" add constraint "resource_parent_resource_id_foreign" foreign key ("parent_resource_id") references "resource" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "order_line_item" add constraint "order_line_item_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "coupon" add constraint "coupon_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon" add constraint "coupon_quota_id_foreign" foreign key ("quota_id") references "coupon_quota" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon" add constraint "coupon_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon" add constraint "coupon_used_on_order_id_foreign" foreign key ("used_on_order_id") references "customer_order" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "coupon_record" add constraint "coupon_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon_record" add constraint "coupon_record_coupon_id_foreign" foreign key ("coupon_id") references "coupon" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon_record" add constraint "coupon_record_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coupon_record" add constraint "coupon_record_operator_id_foreign" foreign key ("operator_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "consumption_record" add constraint "consumption_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consumption_record" add constraint "consumption_record_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consumption_record" add constraint "consumption_record_account_manager_id_foreign" foreign key ("account_manager_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "association_event" add constraint "association_event_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "association_event" add constraint "association_event_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "association_event" add constraint "association_event_handled_by_id_foreign" foreign key ("handled_by_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "adjust_record" add constraint "adjust_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "adjust_record" add constraint "adjust_record_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "adjust_record" add constraint "adjust_record_reseller_id_foreign" foreign key ("reseller_id") references "partner" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "adjust_record" add constraint "adjust_record_operator_id_foreign" foreign key ("operator_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "account_change_record" add constraint "account_change_record_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "account_change_record" add constraint "account_change_record_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "verification_code" add constraint "verification_code_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "verification_outbox" add constraint "verification_outbox_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partner" drop constraint "partner_parent_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_partner_id_foreign";`);

    this.addSql(`alter table "member_invitation" drop constraint "member_invitation_partner_id_foreign";`);

    this.addSql(`alter table "idempotency_record" drop constraint "idempotency_record_partner_id_foreign";`);

    this.addSql(`alter table "coupon_quota" drop constraint "coupon_quota_partner_id_foreign";`);

    this.addSql(`alter table "access_key" drop constraint "access_key_partner_id_foreign";`);

    this.addSql(`alter table "partner_account" drop constraint "partner_account_partner_id_foreign";`);

    this.addSql(`alter table "quota_record" drop constraint "quota_record_partner_id_foreign";`);

    this.addSql(`alter table "quota_record" drop constraint "quota_record_reseller_id_foreign";`);

    this.addSql(`alter table "role" drop constraint "role_partner_id_foreign";`);

    this.addSql(`alter table "sub_customer" drop constraint "sub_customer_partner_id_foreign";`);

    this.addSql(`alter table "order_authorization" drop constraint "order_authorization_partner_id_foreign";`);

    this.addSql(`alter table "customer_order" drop constraint "customer_order_partner_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_partner_id_foreign";`);

    this.addSql(`alter table "coupon" drop constraint "coupon_partner_id_foreign";`);

    this.addSql(`alter table "coupon_record" drop constraint "coupon_record_partner_id_foreign";`);

    this.addSql(`alter table "consumption_record" drop constraint "consumption_record_partner_id_foreign";`);

    this.addSql(`alter table "association_event" drop constraint "association_event_partner_id_foreign";`);

    this.addSql(`alter table "adjust_record" drop constraint "adjust_record_partner_id_foreign";`);

    this.addSql(`alter table "adjust_record" drop constraint "adjust_record_reseller_id_foreign";`);

    this.addSql(`alter table "account_change_record" drop constraint "account_change_record_partner_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_supervisor_id_foreign";`);

    this.addSql(`alter table "member_invitation" drop constraint "member_invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "access_key" drop constraint "access_key_member_id_foreign";`);

    this.addSql(`alter table "quota_record" drop constraint "quota_record_operator_id_foreign";`);

    this.addSql(`alter table "member_role" drop constraint "member_role_member_id_foreign";`);

    this.addSql(`alter table "sub_customer" drop constraint "sub_customer_account_manager_id_foreign";`);

    this.addSql(`alter table "coupon_record" drop constraint "coupon_record_operator_id_foreign";`);

    this.addSql(`alter table "consumption_record" drop constraint "consumption_record_account_manager_id_foreign";`);

    this.addSql(`alter table "association_event" drop constraint "association_event_handled_by_id_foreign";`);

    this.addSql(`alter table "adjust_record" drop constraint "adjust_record_operator_id_foreign";`);

    this.addSql(`alter table "verification_code" drop constraint "verification_code_member_id_foreign";`);

    this.addSql(`alter table "verification_outbox" drop constraint "verification_outbox_member_id_foreign";`);

    this.addSql(`alter table "coupon_quota" drop constraint "coupon_quota_parent_quota_id_foreign";`);

    this.addSql(`alter table "quota_record" drop constraint "quota_record_quota_id_foreign";`);

    this.addSql(`alter table "quota_record" drop constraint "quota_record_parent_quota_id_foreign";`);

    this.addSql(`alter table "coupon" drop constraint "coupon_quota_id_foreign";`);

    this.addSql(`alter table "member_role" drop constraint "member_role_role_id_foreign";`);

    this.addSql(`alter table "order_authorization" drop constraint "order_authorization_customer_id_foreign";`);

    this.addSql(`alter table "customer_order" drop constraint "customer_order_customer_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_customer_id_foreign";`);

    this.addSql(`alter table "coupon" drop constraint "coupon_customer_id_foreign";`);

    this.addSql(`alter table "coupon_record" drop constraint "coupon_record_customer_id_foreign";`);

    this.addSql(`alter table "consumption_record" drop constraint "consumption_record_customer_id_foreign";`);

    this.addSql(`alter table "association_event" drop constraint "association_event_customer_id_foreign";`);

    this.addSql(`alter table "adjust_record" drop constraint "adjust_record_customer_id_foreign";`);

    this.addSql(`alter table "account_change_record" drop constraint "account_change_record_customer_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_order_id_foreign";`);

    this.addSql(`alter table "order_line_item" drop constraint "order_line_item_order_id_foreign";`);

    this.addSql(`alter table "coupon" drop constraint "coupon_used_on_order_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_parent_resource_id_foreign";`);

    this.addSql(`alter table "coupon_record" drop constraint "coupon_record_coupon_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "cloud_account" cascade;`);

    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "member_invitation" cascade;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(`drop table if exists "coupon_quota" cascade;`);

    this.addSql(`drop table if exists "access_key" cascade;`);

    this.addSql(`drop table if exists "partner_account" cascade;`);

    this.addSql(`drop table if exists "quota_record" cascade;`);

    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);

    this.addSql(`drop table if exists "member_role" cascade;`);

    this.addSql(`drop table if exists "signed_request_replay" cascade;`);

    this.addSql(`drop table if exists "sub_customer" cascade;`);

    this.addSql(`drop table if exists "order_authorization" cascade;`);

    this.addSql(`drop table if exists "customer_order" cascade;`);

    this.addSql(`drop table if exists "resource" cascade;`);

    this.addSql(`drop table if exists "order_line_item" cascade;`);

    this.addSql(`drop table if exists "coupon" cascade;`);

    this.addSql(`drop table if exists "coupon_record" cascade;`);

    this.addSql(`drop table if exists "consumption_record" cascade;`);

    this.addSql(`drop table if exists "association_event" cascade;`);

    this.addSql(`drop table if exists "adjust_record" cascade;`);

    this.addSql(`drop table if exists "account_change_record" cascade;`);

    this.addSql(`drop table if exists "verification_code" cascade;`);

    this.addSql(`drop table if exists "verification_outbox" cascade;`);
  }
}
