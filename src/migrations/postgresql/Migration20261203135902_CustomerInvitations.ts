import { Migration } from '@mikro-orm/migrations';

/**
 * Customer invitations (links and QR codes) and their acceptances; sub_customer's login name and
 * cloud account id are unique among ACTIVE associations only (unbound_at is null), so an account
 * once unbound can be associated again.
 */
export class Migration20261203135902_CustomerInvitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "customer_invitation" ("id" serial primary key, "partner_id" int not null, "token" varchar(64) not null, "association_type" smallint not null, "created_by_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "cancelled_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "customer_invitation" add constraint "customer_invitation_token_unique" unique ("token");`,
    );
    this.addSql(
      `create index "customer_invitation_partner_id_created_at_index" on "customer_invitation" ("partner_id", "created_at");`,
    );

    this.addSql(
      `create table "customer_invitation_acceptance" ("id" serial primary key, "invitation_id" int not null, "customer_id" int not null, "accepted_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "customer_invitation_acceptance_invitation_id_index" on "customer_invitation_acceptance" ("invitation_id");`,
    );
    this.addSql(
      `create index "customer_invitation_acceptance_customer_id_index" on "customer_invitation_acceptance" ("customer_id");`,
    );

    this.addSql(
      `alter table "customer_invitation" add constraint "customer_invitation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "customer_invitation" add constraint "customer_invitation_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "customer_invitation_acceptance" add constraint "customer_invitation_acceptance_invitation_id_foreign" foreign key ("invitation_id") references "customer_invitation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "customer_invitation_acceptance" add constraint "customer_invitation_acceptance_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );

    this.addSql(`alter table "sub_customer" drop constraint "sub_customer_account_name_unique";`);
    this.addSql(`alter table "sub_customer" drop constraint "sub_customer_customer_id_unique";`);
    this.addSql(`create index "sub_customer_customer_id_index" on "sub_customer" ("customer_id");`);
    this.addSql(`create index "sub_customer_account_name_index" on "sub_customer" ("account_name");`);
    this.addSql(
      `create unique index sub_customer_account_name_active_unique on sub_customer (account_name) where unbound_at is null;`,
    );
    this.addSql(
      `create unique index sub_customer_customer_id_active_unique on sub_customer (customer_id) where unbound_at is null;`,
    );
  }
}
