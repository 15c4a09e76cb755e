import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/common/error-codes';

describe('README error table', () => {
  it('lists every error code with its description, and nothing else', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = /<!-- error-codes:start -->([\s\S]*?)<!-- error-codes:end -->/.exec(readme)?.[1] ?? '';
    const rows = [...table.matchAll(/^\| `([A-Z_0-9]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(Object.entries(ERROR_CODES));
  });
});
