import { Migration } from '@mikro-orm/migrations';

export class Migration20261203094214_SignInThrottleAndMaintenanceLease extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`maintenance_lease\` (\`job\` text not null, \`holder\` text null, \`lease_until_ms\` bigint not null default 0, \`next_run_at_ms\` bigint not null default 0, \`last_finished_at_ms\` bigint null, \`last_holder\` text null, \`last_rows\` integer null, \`last_error\` text null, primary key (\`job\`));`,
    );

    this.addSql(
      `create table \`sign_in_throttle\` (\`login_key\` text not null, \`attempts\` integer not null, \`locked_until_ms\` bigint null, \`last_attempt_ms\` bigint not null, primary key (\`login_key\`));`,
    );
    this.addSql(
      `create index \`sign_in_throttle_last_attempt_ms_index\` on \`sign_in_throttle\` (\`last_attempt_ms\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`maintenance_lease\`;`);

    this.addSql(`drop table if exists \`sign_in_throttle\`;`);
  }
}
