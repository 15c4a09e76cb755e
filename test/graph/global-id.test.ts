import { describe, expect, it } from 'vitest';
import { fromGlobalId, idOfType, toGlobalId } from '../../src/common/global-id';

describe('global ids', () => {
  it('round-trip a type and a primary key, and refuse what is not one', () => {
    expect(fromGlobalId(toGlobalId('SubCustomer', 42))).toEqual({ type: 'SubCustomer', id: 42 });
    for (const bad of [
      '',
      'not base64!',
      toGlobalId('SubCustomer', 0),
      Buffer.from('Order:1x').toString('base64url'),
    ]) {
      expect(fromGlobalId(bad)).toBeNull();
    }
    expect(() => idOfType(toGlobalId('Order', 7), 'Coupon', 'couponId')).toThrow('couponId is not a Coupon id.');
  });

  it('decode a repeated id once (the node rule and the resolver share it), as an object no caller can change', () => {
    const id = toGlobalId('Order', 123_456);
    const first = fromGlobalId(id);
    expect(fromGlobalId(id)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keep at most 10,000 decoded ids: past that the memory starts over, whatever a client sends', () => {
    const id = toGlobalId('Coupon', 999_999_001);
    const first = fromGlobalId(id);
    for (let n = 1; n <= 10_000; n++) fromGlobalId(toGlobalId('Member', 1_000_000 + n));
    const again = fromGlobalId(id);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
