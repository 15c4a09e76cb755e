/**
 * A closed-loop run in which the server answers nothing (every request still waiting when the run
 * ends) is flagged, so the report's answer check cannot read "all runs clean" over a stall
 * (BENCHMARKS.md, session 21: PostgreSQL's write mix answered nothing for 4–7 s, unflagged).
 */
import { describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { useLoopbackServer } from './loopback';
import { runLoad, type Probe } from '../../bench/lib/load';
import type { ReadPlan } from '../../bench/lib/operations';

describe('a run without answers', () => {
  const held: ServerResponse[] = [];
  const server = useLoopbackServer((req, res) => {
    req.resume();
    held.push(res);
  });

  it('is flagged with the reason', async () => {
    const plan: ReadPlan = {
      kind: 'read',
      key: 'nodes',
      request: { query: '{ nodes { id } }', variables: {} },
      validate: () => 'nodes',
    };
    const probe: Probe = { bytes: 2, sql: null, summary: 'nodes', body: {} };
    const result = await runLoad({ url: server.url, token: null, plan, probe, connections: 2, durationSec: 1 });
    for (const r of held) r.destroy();
    expect(result.responses).toBe(0);
    expect(result.flagged).toBe(true);
    expect(result.checks.firstProblem).toBe('no answer within the run');
  });
});
