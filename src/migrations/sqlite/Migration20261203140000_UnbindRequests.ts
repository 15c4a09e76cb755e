import { Migration } from '@mikro-orm/migrations';

/**
 * Unbind requests answered by the other side: association events get expires_at and the EXPIRED
 * status (SQLite checks enum values in the column, so the table is rebuilt, rows copied); audit rows
 * name their actor (member, customer or operator).
 */
export class Migration20261203140000_UnbindRequests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`association_event__new\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`event_type\` text check (\`event_type\` in ('ASSOCIATE', 'SWITCH_TYPE', 'UNBIND')) not null, \`initiator\` text check (\`initiator\` in ('PARTNER', 'CUSTOMER')) not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED', 'EXPIRED')) not null, \`reason\` text null, \`from_type\` integer null, \`to_type\` integer null, \`created_at\` datetime not null, \`handled_at\` datetime null, \`expires_at\` datetime null, \`handled_by_id\` integer null, constraint \`association_event_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`association_event_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`association_event_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `insert into \`association_event__new\` (\`id\`, \`partner_id\`, \`customer_id\`, \`event_type\`, \`initiator\`, \`status\`, \`reason\`, \`from_type\`, \`to_type\`, \`created_at\`, \`handled_at\`, \`handled_by_id\`) select \`id\`, \`partner_id\`, \`customer_id\`, \`event_type\`, \`initiator\`, \`status\`, \`reason\`, \`from_type\`, \`to_type\`, \`created_at\`, \`handled_at\`, \`handled_by_id\` from \`association_event\`;`,
    );
    this.addSql(`drop table \`association_event\`;`);
    this.addSql(`alter table \`association_event__new\` rename to \`association_event\`;`);
    this.addSql(`create index \`association_event_partner_id_index\` on \`association_event\` (\`partner_id\`);`);
    this.addSql(`create index \`association_event_customer_id_index\` on \`association_event\` (\`customer_id\`);`);
    this.addSql(`create index \`association_event_handled_by_id_index\` on \`association_event\` (\`handled_by_id\`);`);
    this.addSql(
      `create index \`association_event_customer_id_created_at_index\` on \`association_event\` (\`customer_id\`, \`created_at\`);`,
    );
    this.addSql(`alter table \`audit_log\` add column \`actor\` text null;`);
  }
}
