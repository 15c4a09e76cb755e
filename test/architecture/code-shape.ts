import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Measures of the source tree that keep it readable, computed with the TypeScript parser:
 * type assertions (`x as T`, `<T>x`; `as const` is not one), long functions, long files, and
 * import cycles between folders. Used by code-shape.test.ts and by `npm run code:shape`.
 */
export const SRC = resolve(process.cwd(), 'src');

/** Generated or declarative files that are not read as code (migrations are emitted SQL). */
const EXCLUDED = [/\/migrations\//];

export function sourceFiles(root = SRC): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.d.ts') && !EXCLUDED.some((re) => re.test(path))) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

export interface Located {
  file: string;
  line: number;
  text: string;
}

const locate = (sf: ts.SourceFile, node: ts.Node, text: string): Located => ({
  file: relative(resolve(SRC, '..'), sf.fileName),
  line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
  text,
});

/** Lines (1-based) holding a `//` comment, found through the comment ranges of every node. */
function commentLines(sf: ts.SourceFile): Set<number> {
  const text = sf.getFullText();
  const lines = new Set<number>();
  const note = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? [])
      if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia)
        lines.add(sf.getLineAndCharacterOfPosition(range.pos).line + 1);
  };
  const visit = (node: ts.Node) => {
    note(ts.getLeadingCommentRanges(text, node.pos));
    note(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines;
}

export interface Assertion extends Located {
  /** A `//` comment on a line of the assertion or on the line before it (saying why it is needed). */
  commented: boolean;
}

/** Every type assertion except `as const`. */
export function typeAssertions(files = sourceFiles()): Assertion[] {
  const found: Assertion[] = [];
  for (const file of files) {
    const sf = parse(file);
    const comments = commentLines(sf);
    const visit = (node: ts.Node) => {
      if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
        const isConst = ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(sf) === 'const';
        if (!isConst) {
          const at = locate(sf, node, node.getText(sf).replace(/\s+/g, ' ').slice(0, 120));
          const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
          let commented = false;
          for (let line = at.line - 1; line <= end && !commented; line++) commented = comments.has(line);
          found.push({ ...at, commented });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/**
 * Getters and setters written in object literals. V8 allocates each such object's accessor pair in
 * the old generation, where it keeps the accessor's closure, and whatever that closes over (a
 * request's context), alive through every young collection until the next mark-compact
 * (BENCHMARKS.md, session 16): put the accessor on a class, whose prototype holds one pair for all.
 */
export function literalAccessors(files = sourceFiles()): Located[] {
  const found: Located[] = [];
  for (const file of files) {
    const sf = parse(file);
    const visit = (node: ts.Node) => {
      if (
        (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) &&
        ts.isObjectLiteralExpression(node.parent)
      )
        found.push(locate(sf, node, `${ts.isGetAccessorDeclaration(node) ? 'get' : 'set'} ${node.name.getText(sf)}`));
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Functions (declarations, methods, arrows, function expressions) longer than `max` lines. */
export function longFunctions(max: number, files = sourceFiles()): (Located & { lines: number })[] {
  const found: (Located & { lines: number })[] = [];
  for (const file of files) {
    const sf = parse(file);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        const name = (node as { name?: ts.Node }).name?.getText(sf) ?? '(anonymous)';
        if (lines > max) found.push({ ...locate(sf, node, name), lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

export function longFiles(max: number, files = sourceFiles()): { file: string; lines: number }[] {
  return files
    .map((file) => ({ file: relative(resolve(SRC, '..'), file), lines: readFileSync(file, 'utf8').split('\n').length }))
    .filter((f) => f.lines > max);
}

/** The folder of a file, as the unit of the cycle check: `modules/<domain>` or a top-level folder. */
export function folderOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  if (rel.length === 1) return '.';
  if (rel[0] === 'modules') return `modules/${rel[1]}`;
  return rel[0];
}

/**
 * True for imports and re-exports that TypeScript erases: `import type …`, `export type … from`,
 * and `import { type A, type B }` / `export { type A } from` where every specifier is type-only.
 */
export function isTypeOnly(stmt: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(stmt)) {
    if (stmt.isTypeOnly) return true;
    const clause = stmt.exportClause;
    return (
      !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)
    );
  }
  const clause = stmt.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** One relative value import: the importing file and the imported file (both relative to src/). */
export interface ValueImport {
  from: string;
  to: string;
}

/** Relative value imports within src/ (type-only imports are erased, so they tie nothing at run time). */
export function valueImports(files = sourceFiles()): ValueImport[] {
  const found: ValueImport[] = [];
  for (const file of files) {
    const sf = parse(file);
    for (const stmt of sf.statements) {
      const spec =
        (ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) &&
        !isTypeOnly(stmt) &&
        stmt.moduleSpecifier &&
        ts.isStringLiteral(stmt.moduleSpecifier)
          ? stmt.moduleSpecifier.text
          : null;
      if (!spec?.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      // `../permissions` is the folder's index.ts, not a root file named permissions.ts.
      const to = existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts');
      found.push({ from: relative(SRC, file), to: relative(SRC, to) });
    }
  }
  return found;
}

/**
 * The entity list and the ORM that reads it: db/ sits below the modules (they use its SQL helpers),
 * but the list names every module's entities, like resolvers.ts names every resolver. Its imports
 * of the modules are left out of the folder graph; `entityListImporters` checks instead that only
 * the root files and http/ (above the modules) import these two files.
 */
export const ENTITY_LIST = ['db/entities.ts', 'db/orm.ts'];

/** Value imports of the entity list (or the ORM) from a folder at or below the modules: each is a cycle. */
export function entityListImporters(files = sourceFiles()): string[] {
  return valueImports(files)
    .filter(({ from, to }) => ENTITY_LIST.includes(to) && !ENTITY_LIST.includes(from))
    .filter(({ from }) => !['.', 'http'].includes(folderOf(join(SRC, from))))
    .map(({ from, to }) => `${from} imports ${to}`);
}

/** Value imports between folders, as folder → folder → importing files (the entity list's left out). */
export function folderImports(files = sourceFiles()): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const { from: file, to: target } of valueImports(files)) {
    if (file === ENTITY_LIST[0]) continue;
    const from = folderOf(join(SRC, file));
    const to = folderOf(join(SRC, target));
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const byTarget = edges.get(from)!;
    byTarget.set(to, [...(byTarget.get(to) ?? []), file]);
  }
  return edges;
}

/** Strongly connected groups of more than one folder (Tarjan), each with the imports that tie it. */
export function folderCycles(files = sourceFiles()): string[][] {
  const edges = folderImports(files);
  const nodes = new Set<string>([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) strong(v);
  return groups;
}

/** Each strongly connected group as its folders and the imports (folder → folder: files) that tie it. */
export function describeCycles(files = sourceFiles(), groups = folderCycles(files)): string[] {
  const edges = folderImports(files);
  return groups.map((group) => {
    const ties = group.flatMap((from) =>
      group.flatMap((to) => {
        const importers = edges.get(from)?.get(to);
        return importers ? [`  ${from} -> ${to}: ${[...new Set(importers)].join(', ')}`] : [];
      }),
    );
    return [`cycle: ${group.join(', ')}`, ...ties].join('\n');
  });
}

export interface ShapeLimits {
  maxFileLines: number;
  maxFunctionLines: number;
  /** Type assertions allowed in all of src/ (fewer than this many). */
  maxAssertions: number;
}

export const LIMITS: ShapeLimits = { maxFileLines: 400, maxFunctionLines: 80, maxAssertions: 10 };

/** The facts the architecture test checks, as text: for `npm run code:shape` and failing tests. */
export function shapeReport(limits: ShapeLimits = LIMITS, files = sourceFiles()): string {
  const casts = typeAssertions(files);
  const functions = longFunctions(limits.maxFunctionLines, files);
  const long = longFiles(limits.maxFileLines, files);
  const cycles = describeCycles(files);
  const accessors = literalAccessors(files);
  return [
    `type assertions (as const excluded): ${casts.length}, fewer than ${limits.maxAssertions} allowed`,
    ...casts.map((c) => `  ${c.file}:${c.line} ${c.commented ? '' : '[no // comment] '}${c.text}`),
    `functions over ${limits.maxFunctionLines} lines: ${functions.length}`,
    ...functions.map((f) => `  ${f.file}:${f.line} ${f.text} (${f.lines} lines)`),
    `files over ${limits.maxFileLines} lines: ${long.length}`,
    ...long.map((f) => `  ${f.file} (${f.lines} lines)`),
    `import cycles between folders (value imports): ${cycles.length}`,
    ...cycles.map((c) => `  ${c.replace(/\n/g, '\n  ')}`),
    `getters and setters in object literals: ${accessors.length}`,
    ...accessors.map((a) => `  ${a.file}:${a.line} ${a.text}`),
  ].join('\n');
}
