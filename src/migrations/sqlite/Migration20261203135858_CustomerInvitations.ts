import { Migration } from '@mikro-orm/migrations';

/**
 * Customer invitations (links and QR codes) and their acceptances; sub_customer's login name and
 * cloud account id are unique among ACTIVE associations only (unbound_at is null), so an account
 * once unbound can be associated again. Written by hand: the generator also rebuilt eleven
 * unrelated tables (SQLite's spurious diff).
 */
export class Migration20261203135858_CustomerInvitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`customer_invitation\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`token\` text not null, \`association_type\` integer not null, \`created_by_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`cancelled_at\` datetime null, constraint \`customer_invitation_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`customer_invitation_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`customer_invitation_partner_id_index\` on \`customer_invitation\` (\`partner_id\`);`);
    this.addSql(`create unique index \`customer_invitation_token_unique\` on \`customer_invitation\` (\`token\`);`);
    this.addSql(
      `create index \`customer_invitation_created_by_id_index\` on \`customer_invitation\` (\`created_by_id\`);`,
    );
    this.addSql(
      `create index \`customer_invitation_partner_id_created_at_index\` on \`customer_invitation\` (\`partner_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`customer_invitation_acceptance\` (\`id\` integer not null primary key autoincrement, \`invitation_id\` integer not null, \`customer_id\` integer not null, \`accepted_at\` datetime not null, constraint \`customer_invitation_acceptance_invitation_id_foreign\` foreign key(\`invitation_id\`) references \`customer_invitation\`(\`id\`) on update cascade, constraint \`customer_invitation_acceptance_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`customer_invitation_acceptance_invitation_id_index\` on \`customer_invitation_acceptance\` (\`invitation_id\`);`,
    );
    this.addSql(
      `create index \`customer_invitation_acceptance_customer_id_index\` on \`customer_invitation_acceptance\` (\`customer_id\`);`,
    );

    this.addSql(`drop index \`sub_customer_account_name_unique\`;`);
    this.addSql(`drop index \`sub_customer_customer_id_unique\`;`);
    this.addSql(`create index \`sub_customer_customer_id_index\` on \`sub_customer\` (\`customer_id\`);`);
    this.addSql(`create index \`sub_customer_account_name_index\` on \`sub_customer\` (\`account_name\`);`);
    this.addSql(
      `create unique index sub_customer_account_name_active_unique on sub_customer (account_name) where unbound_at is null;`,
    );
    this.addSql(
      `create unique index sub_customer_customer_id_active_unique on sub_customer (customer_id) where unbound_at is null;`,
    );
  }
}
