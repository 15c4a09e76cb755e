import { Migration } from '@mikro-orm/migrations';

export class Migration20261203181000_PartnerAccountOperations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`recharge_payment\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`amount\` bigint not null default 0, \`status\` text check (\`status\` in ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED')) not null, \`payment_reference\` text not null, \`provider_reference\` text null, \`created_by_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`settled_at\` datetime null, \`settled_by_id\` integer null, constraint \`recharge_payment_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`recharge_payment_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`recharge_payment_settled_by_id_foreign\` foreign key(\`settled_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`recharge_payment_partner_id_index\` on \`recharge_payment\` (\`partner_id\`);`);
    this.addSql(
      `create unique index \`recharge_payment_payment_reference_unique\` on \`recharge_payment\` (\`payment_reference\`);`,
    );
    this.addSql(`create index \`recharge_payment_created_by_id_index\` on \`recharge_payment\` (\`created_by_id\`);`);
    this.addSql(`create index \`recharge_payment_settled_by_id_index\` on \`recharge_payment\` (\`settled_by_id\`);`);
    this.addSql(
      `create index \`recharge_payment_status_expires_at_index\` on \`recharge_payment\` (\`status\`, \`expires_at\`);`,
    );

    this.addSql(
      `create table \`remittance_claim\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`amount\` bigint not null default 0, \`payer_name\` text not null, \`bank_reference\` text not null, \`remitted_on\` text not null, \`memo\` text null, \`status\` text check (\`status\` in ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED')) not null, \`reason\` text null, \`trade_id\` text null, \`submitted_by_id\` integer not null, \`created_at\` datetime not null, \`handled_at\` datetime null, \`handled_by_id\` integer null, constraint \`remittance_claim_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`remittance_claim_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`remittance_claim_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`remittance_claim_partner_id_index\` on \`remittance_claim\` (\`partner_id\`);`);
    this.addSql(
      `create index \`remittance_claim_submitted_by_id_index\` on \`remittance_claim\` (\`submitted_by_id\`);`,
    );
    this.addSql(`create index \`remittance_claim_handled_by_id_index\` on \`remittance_claim\` (\`handled_by_id\`);`);
    this.addSql(`create index \`remittance_claim_status_index\` on \`remittance_claim\` (\`status\`);`);
    this.addSql(
      `create index \`remittance_claim_partner_id_bank_reference_index\` on \`remittance_claim\` (\`partner_id\`, \`bank_reference\`);`,
    );

    this.addSql(
      `create table \`withdrawal\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`account\` text check (\`account\` in ('CASH', 'BONUS')) not null, \`amount\` bigint not null default 0, \`bank_name\` text not null, \`account_name\` text not null, \`account_number\` text not null, \`status\` text check (\`status\` in ('PENDING', 'PAID', 'REJECTED')) not null, \`trade_id\` text not null, \`reason\` text null, \`payout_reference\` text null, \`requested_by_id\` integer not null, \`created_at\` datetime not null, \`handled_at\` datetime null, \`handled_by_id\` integer null, constraint \`withdrawal_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`withdrawal_requested_by_id_foreign\` foreign key(\`requested_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`withdrawal_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`withdrawal_partner_id_index\` on \`withdrawal\` (\`partner_id\`);`);
    this.addSql(`create unique index \`withdrawal_trade_id_unique\` on \`withdrawal\` (\`trade_id\`);`);
    this.addSql(`create index \`withdrawal_requested_by_id_index\` on \`withdrawal\` (\`requested_by_id\`);`);
    this.addSql(`create index \`withdrawal_handled_by_id_index\` on \`withdrawal\` (\`handled_by_id\`);`);
    this.addSql(`create index \`withdrawal_status_index\` on \`withdrawal\` (\`status\`);`);

    this.addSql(`alter table \`partner\` add column \`contracting_entity\` text null;`);
  }
}
