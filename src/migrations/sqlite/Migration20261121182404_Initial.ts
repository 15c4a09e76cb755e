import { Migration } from '@mikro-orm/migrations';

export class Migration20261121182404_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_log\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`member_id\` integer null, \`action\` text not null, \`target\` text not null, \`before\` json null, \`after\` json null, \`request_id\` text not null, \`created_at\` datetime not null);`,
    );
    this.addSql(
      `create index \`audit_log_partner_id_created_at_index\` on \`audit_log\` (\`partner_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`cloud_account\` (\`id\` integer not null primary key autoincrement, \`account_name\` text not null, \`email\` text null, \`mobile\` text null, \`international\` integer not null default false, \`is_partner\` integer not null default false, \`reported_by_cloud\` integer not null default false, \`government_subsidy\` integer not null default false, \`created_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`cloud_account_account_name_unique\` on \`cloud_account\` (\`account_name\`);`);
    this.addSql(`create index \`cloud_account_email_index\` on \`cloud_account\` (\`email\`);`);
    this.addSql(`create index \`cloud_account_mobile_index\` on \`cloud_account\` (\`mobile\`);`);

    this.addSql(
      `create table \`partner\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`identity\` text check (\`identity\` in ('DISTRIBUTOR', 'CLOUD_RESELLER', 'SOLUTION_PROVIDER')) not null, \`status\` text check (\`status\` in ('NORMAL', 'RESTRICTED', 'FROZEN')) not null default 'NORMAL', \`parent_id\` integer null, \`verification_enabled\` integer not null default false, \`balance_alert_threshold\` bigint null, \`created_at\` datetime not null, constraint \`partner_parent_id_foreign\` foreign key(\`parent_id\`) references \`partner\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`partner_parent_id_index\` on \`partner\` (\`parent_id\`);`);

    this.addSql(
      `create table \`member\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`login_name\` text not null, \`display_name\` text not null, \`email\` text null, \`mobile\` text null, \`password_hash\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'CANCELLED')) not null default 'ACTIVE', \`supervisor_id\` integer null, \`created_at\` datetime not null, constraint \`member_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`member_supervisor_id_foreign\` foreign key(\`supervisor_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`member_partner_id_index\` on \`member\` (\`partner_id\`);`);
    this.addSql(`create unique index \`member_login_name_unique\` on \`member\` (\`login_name\`);`);
    this.addSql(`create index \`member_supervisor_id_index\` on \`member\` (\`supervisor_id\`);`);

    this.addSql(
      `create table \`member_invitation\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`channel\` text check (\`channel\` in ('MOBILE', 'EMAIL', 'ACCOUNT_NAME')) not null, \`target\` text not null, \`role_ids\` json not null, \`status\` text check (\`status\` in ('PENDING', 'ACCEPTED', 'CANCELLED', 'EXPIRED')) not null default 'PENDING', \`invited_by_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`member_invitation_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`member_invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`member_invitation_partner_id_index\` on \`member_invitation\` (\`partner_id\`);`);
    this.addSql(`create index \`member_invitation_invited_by_id_index\` on \`member_invitation\` (\`invited_by_id\`);`);
    this.addSql(`create index \`member_invitation_created_at_index\` on \`member_invitation\` (\`created_at\`);`);

    this.addSql(
      `create table \`idempotency_record\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`response\` json null, \`created_at\` datetime not null, constraint \`idempotency_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`idempotency_record_partner_id_index\` on \`idempotency_record\` (\`partner_id\`);`);
    this.addSql(`create index \`idempotency_record_created_at_index\` on \`idempotency_record\` (\`created_at\`);`);
    this.addSql(
      `create unique index \`idempotency_record_partner_id_key_unique\` on \`idempotency_record\` (\`partner_id\`, \`key\`);`,
    );

    this.addSql(
      `create table \`coupon_quota\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`quota_id\` text not null, \`kind\` text check (\`kind\` in ('VOUCHER', 'CASH', 'PICKUP')) not null, \`quota_value\` bigint not null default 0, \`balance\` bigint not null default 0, \`status\` integer not null, \`effective_time\` datetime not null, \`expire_time\` datetime not null, \`cloud_service_types\` json not null, \`product_ids\` json not null, \`designated_customer_ids\` json not null, \`parent_quota_id\` integer null, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`coupon_quota_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`coupon_quota_parent_quota_id_foreign\` foreign key(\`parent_quota_id\`) references \`coupon_quota\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`coupon_quota_partner_id_index\` on \`coupon_quota\` (\`partner_id\`);`);
    this.addSql(`create unique index \`coupon_quota_quota_id_unique\` on \`coupon_quota\` (\`quota_id\`);`);
    this.addSql(`create index \`coupon_quota_parent_quota_id_index\` on \`coupon_quota\` (\`parent_quota_id\`);`);

    this.addSql(
      `create table \`access_key\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`partner_id\` integer not null, \`access_key_id\` text not null, \`secret_ciphertext\` text not null, \`description\` text null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`access_key_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade, constraint \`access_key_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`access_key_member_id_index\` on \`access_key\` (\`member_id\`);`);
    this.addSql(`create index \`access_key_partner_id_index\` on \`access_key\` (\`partner_id\`);`);
    this.addSql(`create unique index \`access_key_access_key_id_unique\` on \`access_key\` (\`access_key_id\`);`);

    this.addSql(
      `create table \`partner_account\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`account_type\` integer not null, \`amount\` bigint not null default 0, \`designated_amount\` bigint not null default 0, \`version\` integer not null default 1, constraint \`partner_account_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`partner_account_partner_id_index\` on \`partner_account\` (\`partner_id\`);`);
    this.addSql(
      `create unique index \`partner_account_partner_id_account_type_unique\` on \`partner_account\` (\`partner_id\`, \`account_type\`);`,
    );

    this.addSql(
      `create table \`quota_record\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`quota_id\` integer not null, \`parent_quota_id\` integer not null, \`operation_type\` integer not null, \`amount\` bigint not null default 0, \`operator_id\` integer null, \`reseller_id\` integer not null, \`time\` datetime not null, \`result\` text check (\`result\` in ('SUCCESS', 'FAILED')) not null, \`remark\` text null, constraint \`quota_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`quota_record_quota_id_foreign\` foreign key(\`quota_id\`) references \`coupon_quota\`(\`id\`) on update cascade, constraint \`quota_record_parent_quota_id_foreign\` foreign key(\`parent_quota_id\`) references \`coupon_quota\`(\`id\`) on update cascade, constraint \`quota_record_operator_id_foreign\` foreign key(\`operator_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`quota_record_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`quota_record_partner_id_index\` on \`quota_record\` (\`partner_id\`);`);
    this.addSql(`create index \`quota_record_quota_id_index\` on \`quota_record\` (\`quota_id\`);`);
    this.addSql(`create index \`quota_record_parent_quota_id_index\` on \`quota_record\` (\`parent_quota_id\`);`);
    this.addSql(`create index \`quota_record_operator_id_index\` on \`quota_record\` (\`operator_id\`);`);
    this.addSql(`create index \`quota_record_reseller_id_index\` on \`quota_record\` (\`reseller_id\`);`);
    this.addSql(`create index \`quota_record_partner_id_time_index\` on \`quota_record\` (\`partner_id\`, \`time\`);`);

    this.addSql(
      `create table \`rate_limit_bucket\` (\`bucket_key\` text not null, \`tokens\` double not null, \`updated_at_ms\` bigint not null, \`granted\` integer not null, primary key (\`bucket_key\`));`,
    );

    this.addSql(
      `create table \`role\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`name\` text not null, \`preset_key\` text check (\`preset_key\` in ('ADMIN', 'ACCOUNT_MANAGER', 'ACCOUNT_MANAGER_SUPERVISOR', 'SA_SPECIALIST')) null, \`description\` text null, \`permission_codes\` json not null, \`created_at\` datetime not null, constraint \`role_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`role_partner_id_index\` on \`role\` (\`partner_id\`);`);
    this.addSql(`create unique index \`role_partner_id_name_unique\` on \`role\` (\`partner_id\`, \`name\`);`);

    this.addSql(
      `create table \`member_role\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`role_id\` integer not null, constraint \`member_role_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade, constraint \`member_role_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`member_role_member_id_index\` on \`member_role\` (\`member_id\`);`);
    this.addSql(`create index \`member_role_role_id_index\` on \`member_role\` (\`role_id\`);`);
    this.addSql(
      `create unique index \`member_role_member_id_role_id_unique\` on \`member_role\` (\`member_id\`, \`role_id\`);`,
    );

    this.addSql(
      `create table \`signed_request_replay\` (\`signature\` text not null, \`access_key_id\` text not null, \`expires_at\` datetime not null, primary key (\`signature\`));`,
    );
    this.addSql(
      `create index \`signed_request_replay_expires_at_index\` on \`signed_request_replay\` (\`expires_at\`);`,
    );

    this.addSql(
      `create table \`sub_customer\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` text not null, \`account_name\` text not null, \`name\` text null, \`associated_on\` datetime not null, \`association_type\` integer not null, \`label\` text null, \`telephone\` text null, \`country_code\` text null, \`email\` text null, \`verified_status\` integer not null, \`customer_type\` integer not null, \`is_frozen\` integer not null default 0, \`customer_level\` text check (\`customer_level\` in ('V0', 'V1', 'V2', 'V3', 'V4', 'V5')) not null, \`account_manager_id\` integer null, \`xaccount_id\` text not null, \`xaccount_type\` text not null, \`balance\` bigint not null default 0, \`debt_amount\` bigint not null default 0, \`unbound_at\` datetime null, \`version\` integer not null default 1, constraint \`sub_customer_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`sub_customer_account_manager_id_foreign\` foreign key(\`account_manager_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`sub_customer_partner_id_index\` on \`sub_customer\` (\`partner_id\`);`);
    this.addSql(`create unique index \`sub_customer_customer_id_unique\` on \`sub_customer\` (\`customer_id\`);`);
    this.addSql(`create unique index \`sub_customer_account_name_unique\` on \`sub_customer\` (\`account_name\`);`);
    this.addSql(`create index \`sub_customer_account_manager_id_index\` on \`sub_customer\` (\`account_manager_id\`);`);
    this.addSql(
      `create index \`sub_customer_partner_id_account_manager_id_index\` on \`sub_customer\` (\`partner_id\`, \`account_manager_id\`);`,
    );
    this.addSql(
      `create index \`sub_customer_partner_id_associated_on_index\` on \`sub_customer\` (\`partner_id\`, \`associated_on\`);`,
    );

    this.addSql(
      `create table \`order_authorization\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`status\` text check (\`status\` in ('GRANTED', 'REVOKED')) not null, \`granted_at\` datetime not null, \`revoked_at\` datetime null, constraint \`order_authorization_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`order_authorization_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`order_authorization_partner_id_index\` on \`order_authorization\` (\`partner_id\`);`);
    this.addSql(`create index \`order_authorization_customer_id_index\` on \`order_authorization\` (\`customer_id\`);`);
    this.addSql(
      `create index \`order_authorization_customer_id_partner_id_index\` on \`order_authorization\` (\`customer_id\`, \`partner_id\`);`,
    );

    this.addSql(
      `create table \`customer_order\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`order_id\` text not null, \`status\` integer not null, \`order_type\` integer not null, \`source_type\` integer not null, \`service_type_code\` text not null, \`official_amount\` bigint not null default 0, \`amount_after_discount\` bigint not null default 0, \`discounts\` json not null, \`coupon_amount\` bigint not null default 0, \`cash_coupon_amount\` bigint not null default 0, \`create_time\` datetime not null, \`payment_time\` datetime null, \`pending_payment_end_time\` datetime null, \`version\` integer not null default 1, constraint \`customer_order_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`customer_order_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`customer_order_partner_id_index\` on \`customer_order\` (\`partner_id\`);`);
    this.addSql(`create index \`customer_order_customer_id_index\` on \`customer_order\` (\`customer_id\`);`);
    this.addSql(`create unique index \`customer_order_order_id_unique\` on \`customer_order\` (\`order_id\`);`);
    this.addSql(
      `create index \`customer_order_customer_id_create_time_index\` on \`customer_order\` (\`customer_id\`, \`create_time\`);`,
    );
    this.addSql(
      `create index \`customer_order_partner_id_create_time_index\` on \`customer_order\` (\`partner_id\`, \`create_time\`);`,
    );

    this.addSql(
      `create table \`resource\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`order_id\` integer null, \`resource_id\` text not null, \`name\` text not null, \`region_code\` text not null, \`service_type_code\` text not null, \`resource_type_code\` text not null, \`is_main_resource\` integer not null, \`parent_resource_id\` integer null, \`status\` integer not null, \`effective_time\` datetime not null, \`expire_time\` datetime not null, \`expire_policy\` integer not null, \`auto_renew_times\` integer null, constraint \`resource_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`resource_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`resource_order_id_foreign\` foreign key(\`order_id\`) references \`customer_order\`(\`id\`) on delete set null on update cascade, constraint \`resource_parent_resource_id_foreign\` foreign key(\`parent_resource_id\`) references \`resource\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`resource_partner_id_index\` on \`resource\` (\`partner_id\`);`);
    this.addSql(`create index \`resource_customer_id_index\` on \`resource\` (\`customer_id\`);`);
    this.addSql(`create index \`resource_order_id_index\` on \`resource\` (\`order_id\`);`);
    this.addSql(`create unique index \`resource_resource_id_unique\` on \`resource\` (\`resource_id\`);`);
    this.addSql(`create index \`resource_parent_resource_id_index\` on \`resource\` (\`parent_resource_id\`);`);
    this.addSql(
      `create index \`resource_customer_id_expire_time_index\` on \`resource\` (\`customer_id\`, \`expire_time\`);`,
    );

    this.addSql(
      `create table \`order_line_item\` (\`id\` integer not null primary key autoincrement, \`order_id\` integer not null, \`product_id\` text not null, \`service_type_code\` text not null, \`product_spec_desc\` text not null, \`period_type\` integer not null, \`period_num\` integer not null, \`subscription_num\` integer not null, \`amount\` bigint not null default 0, \`effective_time\` datetime null, \`expire_time\` datetime null, constraint \`order_line_item_order_id_foreign\` foreign key(\`order_id\`) references \`customer_order\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`order_line_item_order_id_index\` on \`order_line_item\` (\`order_id\`);`);

    this.addSql(
      `create table \`coupon\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`coupon_id\` text not null, \`kind\` text check (\`kind\` in ('VOUCHER', 'CASH', 'PICKUP')) not null, \`quota_id\` integer not null, \`customer_id\` integer not null, \`status\` integer not null, \`face_value\` bigint not null default 0, \`balance\` bigint not null default 0, \`effective_time\` datetime not null, \`expire_time\` datetime not null, \`memo\` text null, \`used_on_order_id\` integer null, \`issued_at\` datetime not null, \`version\` integer not null default 1, constraint \`coupon_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`coupon_quota_id_foreign\` foreign key(\`quota_id\`) references \`coupon_quota\`(\`id\`) on update cascade, constraint \`coupon_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`coupon_used_on_order_id_foreign\` foreign key(\`used_on_order_id\`) references \`customer_order\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`coupon_partner_id_index\` on \`coupon\` (\`partner_id\`);`);
    this.addSql(`create unique index \`coupon_coupon_id_unique\` on \`coupon\` (\`coupon_id\`);`);
    this.addSql(`create index \`coupon_quota_id_index\` on \`coupon\` (\`quota_id\`);`);
    this.addSql(`create index \`coupon_customer_id_index\` on \`coupon\` (\`customer_id\`);`);
    this.addSql(`create index \`coupon_used_on_order_id_index\` on \`coupon\` (\`used_on_order_id\`);`);
    this.addSql(`create index \`coupon_customer_id_status_index\` on \`coupon\` (\`customer_id\`, \`status\`);`);
    this.addSql(
      `create index \`coupon_partner_id_expire_time_index\` on \`coupon\` (\`partner_id\`, \`expire_time\`);`,
    );

    this.addSql(
      `create table \`coupon_record\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`coupon_id\` integer not null, \`customer_id\` integer not null, \`operation_type\` integer not null, \`amount\` bigint not null default 0, \`operator_id\` integer null, \`time\` datetime not null, \`result\` text check (\`result\` in ('SUCCESS', 'FAILED')) not null, \`memo\` text null, constraint \`coupon_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`coupon_record_coupon_id_foreign\` foreign key(\`coupon_id\`) references \`coupon\`(\`id\`) on update cascade, constraint \`coupon_record_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`coupon_record_operator_id_foreign\` foreign key(\`operator_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`coupon_record_partner_id_index\` on \`coupon_record\` (\`partner_id\`);`);
    this.addSql(`create index \`coupon_record_coupon_id_index\` on \`coupon_record\` (\`coupon_id\`);`);
    this.addSql(`create index \`coupon_record_customer_id_index\` on \`coupon_record\` (\`customer_id\`);`);
    this.addSql(`create index \`coupon_record_operator_id_index\` on \`coupon_record\` (\`operator_id\`);`);
    this.addSql(
      `create index \`coupon_record_partner_id_time_index\` on \`coupon_record\` (\`partner_id\`, \`time\`);`,
    );

    this.addSql(
      `create table \`consumption_record\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`bill_cycle\` text not null, \`service_type_code\` text not null, \`resource_id\` text null, \`charging_mode\` integer not null, \`bill_detail_type\` integer not null, \`trade_time\` datetime not null, \`official_amount\` bigint not null default 0, \`payment_amount\` bigint not null default 0, \`cash_amount\` bigint not null default 0, \`coupon_amount\` bigint not null default 0, \`debt_amount\` bigint not null default 0, \`account_manager_id\` integer null, constraint \`consumption_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`consumption_record_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`consumption_record_account_manager_id_foreign\` foreign key(\`account_manager_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`consumption_record_partner_id_index\` on \`consumption_record\` (\`partner_id\`);`);
    this.addSql(`create index \`consumption_record_customer_id_index\` on \`consumption_record\` (\`customer_id\`);`);
    this.addSql(
      `create index \`consumption_record_account_manager_id_index\` on \`consumption_record\` (\`account_manager_id\`);`,
    );
    this.addSql(
      `create index \`consumption_record_customer_id_bill_cycle_index\` on \`consumption_record\` (\`customer_id\`, \`bill_cycle\`);`,
    );
    this.addSql(
      `create index \`consumption_record_partner_id_bill_cycle_index\` on \`consumption_record\` (\`partner_id\`, \`bill_cycle\`);`,
    );

    this.addSql(
      `create table \`association_event\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`event_type\` text check (\`event_type\` in ('ASSOCIATE', 'SWITCH_TYPE', 'UNBIND')) not null, \`initiator\` text check (\`initiator\` in ('PARTNER', 'CUSTOMER')) not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED')) not null, \`reason\` text null, \`from_type\` integer null, \`to_type\` integer null, \`created_at\` datetime not null, \`handled_at\` datetime null, \`handled_by_id\` integer null, constraint \`association_event_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`association_event_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`association_event_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`association_event_partner_id_index\` on \`association_event\` (\`partner_id\`);`);
    this.addSql(`create index \`association_event_customer_id_index\` on \`association_event\` (\`customer_id\`);`);
    this.addSql(`create index \`association_event_handled_by_id_index\` on \`association_event\` (\`handled_by_id\`);`);
    this.addSql(
      `create index \`association_event_customer_id_created_at_index\` on \`association_event\` (\`customer_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`adjust_record\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer null, \`reseller_id\` integer null, \`operation_type\` text check (\`operation_type\` in ('BEADJUST', 'BERETRIEVE', 'BEUNBIND')) not null, \`amount\` bigint not null default 0, \`trans_id\` text not null, \`operator_id\` integer null, \`operation_time\` datetime not null, \`memo\` text null, constraint \`adjust_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`adjust_record_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on delete set null on update cascade, constraint \`adjust_record_reseller_id_foreign\` foreign key(\`reseller_id\`) references \`partner\`(\`id\`) on delete set null on update cascade, constraint \`adjust_record_operator_id_foreign\` foreign key(\`operator_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`adjust_record_partner_id_index\` on \`adjust_record\` (\`partner_id\`);`);
    this.addSql(`create index \`adjust_record_customer_id_index\` on \`adjust_record\` (\`customer_id\`);`);
    this.addSql(`create index \`adjust_record_reseller_id_index\` on \`adjust_record\` (\`reseller_id\`);`);
    this.addSql(`create index \`adjust_record_trans_id_index\` on \`adjust_record\` (\`trans_id\`);`);
    this.addSql(`create index \`adjust_record_operator_id_index\` on \`adjust_record\` (\`operator_id\`);`);
    this.addSql(
      `create index \`adjust_record_partner_id_operation_time_index\` on \`adjust_record\` (\`partner_id\`, \`operation_time\`);`,
    );

    this.addSql(
      `create table \`account_change_record\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`owner_type\` text check (\`owner_type\` in ('PARTNER', 'CUSTOMER')) not null, \`customer_id\` integer null, \`trade_type\` text check (\`trade_type\` in ('RECHARGE', 'ALLOCATE_OUT', 'ALLOCATE_IN', 'RECLAIM_OUT', 'RECLAIM_IN', 'UNBIND_RETURN_OUT', 'UNBIND_RETURN_IN', 'ORDER_PAYMENT', 'REFUND')) not null, \`amount\` bigint not null default 0, \`balance_after\` bigint not null default 0, \`trade_id\` text not null, \`trade_time\` datetime not null, constraint \`account_change_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`account_change_record_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`account_change_record_partner_id_index\` on \`account_change_record\` (\`partner_id\`);`,
    );
    this.addSql(
      `create index \`account_change_record_customer_id_index\` on \`account_change_record\` (\`customer_id\`);`,
    );
    this.addSql(`create index \`account_change_record_trade_id_index\` on \`account_change_record\` (\`trade_id\`);`);
    this.addSql(
      `create index \`account_change_record_customer_id_trade_time_index\` on \`account_change_record\` (\`customer_id\`, \`trade_time\`);`,
    );
    this.addSql(
      `create index \`account_change_record_partner_id_owner_type_trade_time_index\` on \`account_change_record\` (\`partner_id\`, \`owner_type\`, \`trade_time\`);`,
    );

    this.addSql(
      `create table \`verification_code\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`purpose\` text not null, \`code_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`failed_attempts\` integer not null default 0, constraint \`verification_code_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`verification_code_member_id_index\` on \`verification_code\` (\`member_id\`);`);

    this.addSql(
      `create table \`verification_outbox\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`destination\` text not null, \`body\` text not null, \`created_at\` datetime not null, constraint \`verification_outbox_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`verification_outbox_member_id_index\` on \`verification_outbox\` (\`member_id\`);`);
  }
}
