/**
 * 设置自动申请发放激励: a partner turns automatic application on; the maintenance job
 * auto-apply-incentives, run on a controlled clock, applies its records waiting for an application
 * (actor SYSTEM) and leaves every other partner's alone.
 */
import { describe, expect, it } from 'vitest';
import { IncentiveAutoApplyDocument, IncentiveListDocument } from '../generated/graphql';
import { DIST } from '../support/demo';
import { errorCodes } from '../support/graphql';
import { sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';
import { runMaintenanceJob } from '../support/maintenance';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am']);

const NOW = new Date('2030-01-15T02:00:00Z');

const runAutoApply = (now: Date): Promise<number> => runMaintenanceJob(server, 'auto-apply-incentives', now, 2);

const pendingOf = async () =>
  sql<{ id: number; partner_id: number }>(
    server,
    "select id, partner_id from incentive_record where stage = 'PENDING_APPLICATION' order by id",
  );

describe('auto-apply-incentives', () => {
  it('applies nothing until the partner turns it on, then its pending records, as SYSTEM at the runner’s now', async () => {
    const before = await pendingOf();
    const dist = before.filter((r) => Number(r.partner_id) === DIST);
    expect(dist.length).toBeGreaterThan(0);
    expect(await runAutoApply(NOW)).toBe(0);

    const denied = await server.execute(IncentiveAutoApplyDocument, { input: { enabled: true } }, members['dist-am']);
    expect(errorCodes(denied)).toContain('FORBIDDEN');
    const on = await server.execute(IncentiveAutoApplyDocument, { input: { enabled: true } }, members['dist-admin']);
    expect(on.data!.setIncentiveAutoApply.partner!.incentiveAutoApply).toBe(true);

    expect(await runAutoApply(NOW)).toBe(dist.length);
    expect(await runAutoApply(NOW)).toBe(0); // idempotent
    const after = await pendingOf();
    expect(after.map((r) => r.id)).toEqual(before.filter((r) => Number(r.partner_id) !== DIST).map((r) => r.id));

    const list = await server.execute(
      IncentiveListDocument,
      { filter: { stage: 'APPLYING' }, first: 100 },
      members['dist-admin'],
    );
    const applied = list.data!.viewer.partner.incentives!.nodes.filter((r) => r.appliedAt === NOW.toISOString());
    expect(applied.length).toBe(dist.length);
    for (const r of applied) {
      const last = r.transitions.at(-1)!;
      expect(last).toMatchObject({ action: 'APPLY', actorKind: 'SYSTEM', actor: 'maintenance:auto-apply-incentives' });
      expect(last.at).toBe(NOW.toISOString());
    }
    const audits = await sql(
      server,
      "select id from audit_log where action = 'autoApplyIncentive' and partner_id = ?",
      [DIST],
    );
    expect(audits.length).toBe(dist.length);

    // Off again: a record settled later waits for the partner.
    const off = await server.execute(IncentiveAutoApplyDocument, { input: { enabled: false } }, members['dist-admin']);
    expect(off.data!.setIncentiveAutoApply.partner!.incentiveAutoApply).toBe(false);
  });
});
