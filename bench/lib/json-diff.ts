/**
 * Where an answer differs from the probe's (bench/lib/load.ts): the first differing path and both
 * values, so that an answer flagged for its size says what changed in it, not only by how many bytes.
 */

const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first path (depth first, in the expected value's key order) where `actual` differs, or null. */
export function firstDifference(expected: unknown, actual: unknown, path = '$'): string | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      const found = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (found) return found;
    }
    return expected.length === actual.length ? null : `${path}: ${actual.length} items ≠ ${expected.length}`;
  }
  if (isObject(expected) && isObject(actual)) {
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) return `${path}.${key}: missing`;
      const found = firstDifference(expected[key], actual[key], `${path}.${key}`);
      if (found) return found;
    }
    const extra = Object.keys(actual).find((k) => !(k in expected));
    return extra === undefined ? null : `${path}.${extra}: not expected (${short(actual[extra])})`;
  }
  return Object.is(expected, actual) ? null : `${path}: ${short(actual)} ≠ ${short(expected)}`;
}
