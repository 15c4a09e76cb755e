import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project root: the folder holding package.json (this file runs from dist/bench/lib). */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('/dist')) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${start}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
/** The compiled bench scripts (dist/bench, or wherever tsc put this build). */
export const DIST_BENCH = dirname(__dirname);
/** The compiled seed CLI of the same build. */
export const SEED_CLI = join(DIST_BENCH, '../seeds/cli.js');
/** The .graphql operations (read from the source tree; tsc does not copy them). */
export const OPERATIONS_DIR = join(ROOT, 'bench/operations');
export const RESULTS_DIR = join(ROOT, 'bench/results');
export const CACHE_DIR = join(ROOT, '.bench-cache');

/**
 * The node flags the server is deployed with: those of `npm start` (package.json), which the
 * image's CMD repeats (test/production/container.test.ts). The bench starts the app with them.
 */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const m = /\bexec node((?: --[\w-]+(?:=\S+)?)*) dist\/src\/index\.js$/.exec(pkg.scripts.start);
  if (!m) throw new Error(`package.json scripts.start does not exec node … dist/src/index.js: ${pkg.scripts.start}`);
  return m[1].split(' ').filter(Boolean);
}
