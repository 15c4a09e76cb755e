/**
 * The shape of src/, measured with the TypeScript parser (code-shape.ts): no value-import cycles
 * between folders, no file over 400 lines, no function over 80, fewer than 10 type assertions
 * (`as const` aside), each with a `//` comment saying why. Every failure lists the places.
 *
 * Layers, lowest first: common ← db ← permissions ← modules/* ← http ← the root files. The entity
 * list in db/ is the one file that looks up (it names every module's entity), so nothing below the
 * root and http/ may import it.
 *
 * The request entry, the platform folders (common, db, http, permissions, graphiql), the root
 * composition files and modules/auth and modules/access-key meet these limits now, and are held to
 * them always, and so is all of src/ (`npm run code:shape` prints the whole report).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeCycles,
  entityListImporters,
  folderCycles,
  LIMITS,
  literalAccessors,
  longFiles,
  longFunctions,
  SRC,
  shapeReport,
  sourceFiles,
  typeAssertions,
} from './code-shape';

/** The common/ files of the platform (files the module refactors add there are judged with their modules). */
const COMMON = [
  'connection',
  'error-codes',
  'errors',
  'filters',
  'global-id',
  'loaders',
  'logger',
  'money',
  'node',
  'node-registry',
  'paging',
  'payload',
  'property',
  'read-model',
];
const SETTLED = new RegExp(
  `^src/([a-z-]+\\.ts$|(http|db|permissions|graphiql)/|modules/(auth|access-key)/|common/(${COMMON.join('|')})\\.ts$)`,
);
/** Folders that must be in no cycle at all, whatever the modules do among themselves. */
const PLATFORM_FOLDERS = /^(\.|common|db|http|permissions|graphiql|modules\/auth|modules\/access-key)$/;

const all = sourceFiles();
const settled = all.filter((file) => SETTLED.test(`src/${file.slice(SRC.length + 1)}`));

const castLines = (files: string[]) =>
  typeAssertions(files).map((c) => `${c.file}:${c.line} ${c.commented ? '' : '[no // comment] '}${c.text}`);
const uncommentedCasts = (files: string[]) =>
  typeAssertions(files)
    .filter((c) => !c.commented)
    .map((c) => `${c.file}:${c.line} ${c.text}`);
const longFunctionLines = (files: string[]) =>
  longFunctions(LIMITS.maxFunctionLines, files).map((f) => `${f.file}:${f.line} ${f.text} (${f.lines} lines)`);
const longFileLines = (files: string[]) =>
  longFiles(LIMITS.maxFileLines, files).map((f) => `${f.file} (${f.lines} lines)`);

describe('code shape: the platform folders and the request entry', () => {
  it('sees the files it judges', () => {
    expect(settled.length).toBeGreaterThan(40);
    expect(settled.some((f) => f.endsWith('src/server.ts'))).toBe(true);
    expect(settled.some((f) => f.includes('/modules/order/'))).toBe(false);
  });

  it('no import cycle (value imports) runs through a platform folder, the root files, auth or access keys', () => {
    const through = folderCycles(all).filter((group) => group.some((folder) => PLATFORM_FOLDERS.test(folder)));
    const cycles = describeCycles(all, through);
    expect(cycles, cycles.join('\n')).toEqual([]);
  });

  it('the entity list (db/entities.ts, db/orm.ts) is imported only from the root files and http/', () => {
    expect(entityListImporters(all)).toEqual([]);
  });

  it(`no file over ${LIMITS.maxFileLines} lines and no function over ${LIMITS.maxFunctionLines}`, () => {
    expect(longFileLines(settled)).toEqual([]);
    expect(longFunctionLines(settled)).toEqual([]);
  });

  it('every type assertion has a // comment saying why', () => {
    expect(uncommentedCasts(settled)).toEqual([]);
  });
});

describe('code shape: all of src/', () => {
  it('no import cycles between folders (value imports)', () => {
    const cycles = describeCycles(all);
    expect(cycles, shapeReport()).toEqual([]);
  });

  it(`no file over ${LIMITS.maxFileLines} lines`, () => {
    expect(longFileLines(all), shapeReport()).toEqual([]);
  });

  it(`no function over ${LIMITS.maxFunctionLines} lines`, () => {
    expect(longFunctionLines(all), shapeReport()).toEqual([]);
  });

  it('no getter or setter in an object literal (its accessor pair would keep the request alive: code-shape.ts)', () => {
    const found = literalAccessors(all).map((a) => `${a.file}:${a.line} ${a.text}`);
    expect(found, shapeReport()).toEqual([]);
  });

  it('finds a getter in an object literal, and not one on a class', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shape-'));
    const file = join(dir, 'sample.ts');
    writeFileSync(file, 'export const a = { get n() { return 1; } };\nexport class B { get n() { return 2; } }\n');
    expect(literalAccessors([file]).map((a) => [a.line, a.text])).toEqual([[1, 'get n']]);
    rmSync(dir, { recursive: true });
  });

  it(`fewer than ${LIMITS.maxAssertions} type assertions, each with a // comment`, () => {
    const casts = castLines(all);
    expect(casts.length, casts.join('\n')).toBeLessThan(LIMITS.maxAssertions);
    expect(uncommentedCasts(all)).toEqual([]);
  });
});
