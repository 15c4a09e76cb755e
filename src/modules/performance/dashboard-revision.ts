import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { runStatement } from '../../common/sql-shape';

/**
 * A partner's dashboard revision: a new random value written in the same transaction as every change
 * of its consumption roll-ups (moveCustomers, the rebuild), so that an answer computed from them
 * (Dashboard.topCustomers) may be kept until the value changes. Random rather than a counter: a
 * database restored, re-seeded or copied from a template never shows an old value for new rows.
 * A partner without a row has no revision: nothing computed for it is kept.
 */
export interface RevisionWrite {
  sql: string;
  params: unknown[];
}

const UPSERT = 'on conflict (partner_id) do update set revision = excluded.revision returning partner_id';

/** A new revision for each of these partners. */
export function newRevisions(partnerIds: readonly number[]): RevisionWrite | null {
  const ids = [...new Set(partnerIds)];
  if (!ids.length) return null;
  const revision = randomUUID();
  return {
    sql: `insert into dashboard_revision (partner_id, revision) values ${ids.map(() => '(?, ?)').join(', ')} ${UPSERT}`,
    params: ids.flatMap((id) => [id, revision]),
  };
}

/** A new revision for every partner with an id in [low, high] (the rebuild's batch). */
export function newRevisionsBetween(low: number, high: number): RevisionWrite {
  return {
    // `where true`: SQLite needs it to read `on conflict` as the upsert clause after a select.
    sql: `insert into dashboard_revision (partner_id, revision) select id, ? from partner where id between ? and ? and true ${UPSERT}`,
    params: [randomUUID(), low, high],
  };
}

/** The partner's revision now, or null when it has none. */
export async function dashboardRevision(em: SqlEntityManager, partnerId: number): Promise<string | null> {
  const [row] = await runStatement(em, {
    sql: 'select revision from dashboard_revision where partner_id = ?',
    bindings: [partnerId],
    shaped: true,
  });
  return row ? String(row.revision) : null;
}
