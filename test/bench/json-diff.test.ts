/** The bench's answer check names where a flagged answer differs from the probe's (bench/lib/json-diff.ts). */
import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../bench/lib/json-diff';

const probe = {
  data: {
    viewer: {
      partner: {
        leads: {
          totalCount: 126,
          nodes: [
            { id: 'a', name: '李四' },
            { id: 'b', name: null },
          ],
        },
      },
    },
  },
};
const copy = () => JSON.parse(JSON.stringify(probe));

describe('firstDifference', () => {
  it('finds nothing in an equal answer', () => {
    expect(firstDifference(probe, copy())).toBeNull();
  });

  it('names the first differing value with both values', () => {
    const answer = copy();
    answer.data.viewer.partner.leads.nodes[1].name = '王小明';
    expect(firstDifference(probe, answer)).toBe('$.data.viewer.partner.leads.nodes[1].name: "王小明" ≠ null');
  });

  it('names a list of another length, a missing key and an unexpected one', () => {
    const shorter = copy();
    shorter.data.viewer.partner.leads.nodes.pop();
    expect(firstDifference(probe, shorter)).toBe('$.data.viewer.partner.leads.nodes: 1 items ≠ 2');
    const missing = copy();
    delete missing.data.viewer.partner.leads.totalCount;
    expect(firstDifference(probe, missing)).toBe('$.data.viewer.partner.leads.totalCount: missing');
    const extra = { ...copy(), extensions: { warning: 'x' } };
    expect(firstDifference(probe, extra)).toBe('$.extensions: not expected ({"warning":"x"})');
  });

  it('shortens long values', () => {
    expect(firstDifference({ a: 'x' }, { a: 'y'.repeat(100) })).toMatch(/^\$\.a: "y{56}… ≠ "x"$/);
  });
});
