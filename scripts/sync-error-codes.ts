/** Rewrites the README's error table from src/common/error-codes.ts: `npm run docs:error-codes`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../src/common/error-codes';

const file = join(__dirname, '..', '..', 'README.md');
const table = [
  '| Code | Meaning |',
  '|---|---|',
  ...Object.entries(ERROR_CODES).map(([code, text]) => `| \`${code}\` | ${text} |`),
].join('\n');
const readme = readFileSync(file, 'utf8');
const updated = readme.replace(
  /<!-- error-codes:start -->[\s\S]*?<!-- error-codes:end -->/,
  `<!-- error-codes:start -->\n${table}\n<!-- error-codes:end -->`,
);
writeFileSync(file, updated);
console.log(`README error table: ${Object.keys(ERROR_CODES).length} codes`);
