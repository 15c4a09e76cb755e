/**
 * The closed-loop generator (autocannon, patched: patches/autocannon+8.0.0.patch) decodes an answer
 * whose multibyte characters arrive split across body chunks. Unpatched, autocannon appended each
 * chunk to a string on its own, so the three bytes of 李 split after the first became three U+FFFD
 * (+6 bytes), and the bench flagged a correct answer as a size mismatch (BENCHMARKS.md, session 18).
 */
import { describe, expect, it } from 'vitest';
import { useLoopbackServer } from './loopback';
import { runLoad, type Probe } from '../../bench/lib/load';
import type { ReadPlan } from '../../bench/lib/operations';

const answer = { data: { nodes: [{ assignedManagerName: '李娜' }] } };
const bytes = Buffer.from(JSON.stringify(answer), 'utf8');
// The first byte of 李 (E6 9D 8E) ends the first chunk; the rest starts the second.
const split = bytes.indexOf(Buffer.from('李', 'utf8')) + 1;

describe('closed-loop answers decoded across chunk boundaries', () => {
  const server = useLoopbackServer((req, res) => {
    req.resume();
    // No content-length: chunked, so each write reaches the client's parser as its own body chunk.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(bytes.subarray(0, split));
    setImmediate(() => res.end(bytes.subarray(split)));
  });

  it('counts a correct answer split mid-character as correct', async () => {
    const plan: ReadPlan = {
      kind: 'read',
      key: 'nodes',
      request: { query: '{ nodes { assignedManagerName } }', variables: {} },
      validate: () => 'one node',
    };
    const probe: Probe = { bytes: bytes.length, sql: null, summary: 'one node', body: answer };
    const result = await runLoad({ url: server.url, token: null, plan, probe, connections: 2, durationSec: 1 });
    expect(result.responses).toBeGreaterThan(10);
    expect(result.checks.firstProblem).toBeNull();
    expect(result.checks.sizeMismatch).toBe(0);
    expect(result.checks.ok).toBe(result.responses);
    expect(result.flagged).toBe(false);
  });
});
