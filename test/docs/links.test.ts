// Every relative link and image of the repository's Markdown files resolves inside the repository:
// the file (or folder) exists among the repository's files, no `..` climbs out of it, and an
// `#anchor` into a Markdown file names one of its headings (GitHub's slugs). A reader who cloned the
// repository has nothing else. http(s), mailto and tel links are not checked (no network); links
// inside fenced code blocks, inline code and HTML comments are not links.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/** Files of the repository: tracked ones plus new ones not ignored (what a commit would hold). */
function repositoryFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return out.split('\0').filter((f) => f !== '' && !f.startsWith('node_modules') && existsSync(join(ROOT, f)));
  } catch {
    // Not a git checkout (e.g. an unpacked archive): every file outside ignored build folders.
    const skip = new Set(['node_modules', '.git', 'dist', 'data', 'coverage', '.bench-cache', '.scratch']);
    const walk = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
        const path = dir ? `${dir}/${e.name}` : e.name;
        if (skip.has(e.name)) return [];
        return e.isDirectory() ? walk(path) : [path];
      });
    return walk('');
  }
}

interface Link {
  target: string;
  line: number;
  image: boolean;
}

/** Blanks out what cannot hold links (fenced code blocks, HTML comments), keeping line numbers. */
function withoutCode(markdown: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const noComments = markdown.replace(/<!--[\s\S]*?-->/g, blank);
  const lines = noComments.split('\n');
  let fence: { char: string; length: number } | null = null;
  return lines
    .map((line) => {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = null;
        return '';
      }
      if (opening) {
        fence = { char: opening[1][0], length: opening[1].length };
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Inline code spans replaced by a placeholder of the same line count: `[x](y)` inside one is no link. */
function withoutInlineCode(text: string): string {
  return text.replace(
    /(`+)([\s\S]*?[^`])\1(?!`)/g,
    (span) => `code${span.replace(/[^\n]/g, '').replace(/\n/g, ' \n')}`,
  );
}

const INLINE_LINK =
  /(!?)\[((?:[^[\]]|\[(?:[^[\]]|\[[^[\]]*\])*\])*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)/gm;
const HTML_ATTRIBUTE = /<(?:a|img|source)\b[^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Relative and external link targets of a Markdown text, outside code. */
function extractLinks(markdown: string): Link[] {
  const text = withoutInlineCode(withoutCode(markdown));
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const links: Link[] = [];
  const scan = (chunk: string, offset: number) => {
    for (const m of chunk.matchAll(INLINE_LINK)) {
      const index = offset + (m.index ?? 0);
      links.push({ target: m[3].replace(/^<|>$/g, ''), line: lineAt(index), image: m[1] === '!' });
      // A link whose text is an image (`[![alt](img)](href)`): the image is a reference too.
      if (m[2].includes('](')) scan(m[2], index + m[1].length + 1);
    }
  };
  scan(text, 0);
  for (const m of text.matchAll(REFERENCE_DEFINITION))
    links.push({ target: m[1].replace(/^<|>$/g, ''), line: lineAt(m.index ?? 0), image: false });
  for (const m of text.matchAll(HTML_ATTRIBUTE))
    links.push({ target: m[1] ?? m[2], line: lineAt(m.index ?? 0), image: /^<img|^<source/i.test(m[0]) });
  return links;
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The text a heading renders: links and images as their text, code without backticks, no HTML tags. */
function headingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '');
}

/** Anchors a Markdown file offers: its headings' slugs (repeats numbered -1, -2 …) and HTML ids. */
function anchorsOf(markdown: string): Set<string> {
  const text = withoutCode(markdown.replace(/<!--[\s\S]*?-->/g, ''));
  const lines = text.split('\n');
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const add = (heading: string) => {
    const base = slug(headingText(heading));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  };
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}\s+(.*)$/.exec(line);
    if (atx) add(atx[1]);
    else if (
      i > 0 &&
      /^ {0,3}(=+|-+)\s*$/.test(line) &&
      /\S/.test(lines[i - 1]) &&
      !/^ {0,3}(#|\||[-*+>] |\d+[.)] )/.test(lines[i - 1])
    )
      add(lines[i - 1]);
  });
  for (const m of markdown.matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*"([^"]+)"/gi)) anchors.add(m[1]);
  return anchors;
}

type Problem = string;

/**
 * What is wrong with one link of `fromFile` (a repository path), or null. `files` are the
 * repository's files; `read` gives a Markdown file's text for anchors.
 */
function checkLink(
  fromFile: string,
  link: Link,
  files: ReadonlySet<string>,
  read: (path: string) => string,
): Problem | null {
  const target = link.target.trim();
  if (/^(https?:|mailto:|tel:)/i.test(target) || target.startsWith('//')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return `"${target}": not a link into the repository`;
  if (target === '') return 'empty link target';
  const hash = target.indexOf('#');
  let path: string;
  let anchor: string | null;
  try {
    path = decodeURIComponent((hash >= 0 ? target.slice(0, hash) : target).replace(/\?.*$/, ''));
    anchor = hash >= 0 ? decodeURIComponent(target.slice(hash + 1)) : null;
  } catch {
    return `"${target}": malformed percent-encoding`;
  }
  const resolved =
    path === ''
      ? fromFile
      : posix.normalize(path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromFile), path));
  const inside = resolved.replace(/\/$/, '');
  if (inside === '..' || inside.startsWith('../') || posix.isAbsolute(inside))
    return `"${target}" points outside the repository (${inside})`;
  const isFile = files.has(inside);
  const isFolder = inside === '.' || inside === '' || [...files].some((f) => f.startsWith(`${inside}/`));
  if (!isFile && !isFolder) return `"${target}": ${inside} is not a file or folder of the repository`;
  if (anchor != null && isFile && /\.md$/i.test(inside)) {
    const anchors = anchorsOf(read(inside));
    if (!anchors.has(anchor) && !anchors.has(anchor.toLowerCase()))
      return `"${target}": ${inside} has no heading with the anchor #${anchor}`;
  }
  return null;
}

describe('Markdown links', () => {
  const files = repositoryFiles();
  const fileSet = new Set(files);
  const markdown = files.filter((f) => /\.md$/i.test(f)).sort();
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

  it('finds the Markdown files of the repository', () => {
    expect(markdown).toContain('README.md');
    expect(markdown).toContain('docs/business-rules.md');
    expect(markdown.some((f) => f.startsWith('node_modules/'))).toBe(false);
  });

  it('every relative link and image resolves inside the repository, anchors included', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of markdown) {
      for (const link of extractLinks(read(file))) {
        checked++;
        const problem = checkLink(file, link, fileSet, read);
        if (problem) problems.push(`${file}:${link.line}: ${link.image ? 'image ' : ''}${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(problems, `Broken links:\n${problems.join('\n')}`).toEqual([]);
  });

  it('the README links to the business rules near the top', () => {
    const readme = read('README.md');
    const first = readme.split('\n').slice(0, 30).join('\n');
    expect(extractLinks(first).map((l) => l.target)).toContain('docs/business-rules.md');
  });
});

describe('link checker', () => {
  const files = new Set(['README.md', 'docs/a.md', 'docs/img.png', 'src/x.ts']);
  const texts: Record<string, string> = {
    'README.md': '# Title\n\n## Signed requests (AK/SK)\n\n## Error codes\n\n## Error codes\n',
    'docs/a.md': 'Intro\n=====\n\n### `payOrder`: 3 coupons, 1 discount\n\n## 代售 RESALE\n',
  };
  const read = (path: string) => texts[path] ?? '';
  const problemsOf = (from: string, markdownText: string) =>
    extractLinks(markdownText)
      .map((l) => checkLink(from, l, files, read))
      .filter((p): p is string => p != null);

  it('makes GitHub slugs', () => {
    expect(slug('Signed requests (AK/SK)')).toBe('signed-requests-aksk');
    expect(slug('Mobile clients: persisted queries and HTTP caching')).toBe(
      'mobile-clients-persisted-queries-and-http-caching',
    );
    expect(slug('Coupons, quotas & sub-quotas')).toBe('coupons-quotas--sub-quotas');
    expect(anchorsOf(texts['README.md'])).toEqual(
      new Set(['title', 'signed-requests-aksk', 'error-codes', 'error-codes-1']),
    );
    expect(anchorsOf(texts['docs/a.md'])).toEqual(new Set(['intro', 'payorder-3-coupons-1-discount', '代售-resale']));
  });

  it('accepts links that resolve, with their anchors', () => {
    expect(
      problemsOf(
        'docs/a.md',
        [
          'See [the README](../README.md#signed-requests-aksk), [errors](../README.md#error-codes-1),',
          '[here](#payorder-3-coupons-1-discount), ![pic](img.png "a title"), [src](../src/x.ts#L3),',
          '[folder](../src/), [root](/README.md), [web](https://example.com/x), <https://example.com>,',
          '[mail](mailto:a@b.c), [ref][r], [![badge](img.png)](a.md#intro).',
          '',
          '[r]: ../README.md#title',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('refuses links outside the repository, missing files and missing anchors', () => {
    expect(
      problemsOf(
        'README.md',
        [
          'Rules in [`../shared/domain.md`](../shared/domain.md).',
          '![gone](docs/missing.png) [anchor](docs/a.md#nope) [self](#nothing-here)',
          '[ref]: ./nowhere.md',
          '[escape](docs/../../x.md) [scheme](file:///etc/passwd)',
        ].join('\n'),
      ),
    ).toEqual([
      '"../shared/domain.md" points outside the repository (../shared/domain.md)',
      '"docs/missing.png": docs/missing.png is not a file or folder of the repository',
      '"docs/a.md#nope": docs/a.md has no heading with the anchor #nope',
      '"#nothing-here": README.md has no heading with the anchor #nothing-here',
      '"docs/../../x.md" points outside the repository (../x.md)',
      '"file:///etc/passwd": not a link into the repository',
      '"./nowhere.md": nowhere.md is not a file or folder of the repository',
    ]);
  });

  it('ignores links in fenced code, inline code and HTML comments', () => {
    const text = [
      '```md',
      '[broken](../outside.md)',
      '```',
      '~~~~',
      '![broken](nope.png)',
      '```',
      '~~~~',
      'Write `[text](../elsewhere.md)` to link; <!-- [old](../old.md) -->',
      '    ```',
      '[after](README.md)',
    ].join('\n');
    const links = extractLinks(text);
    expect(links.map((l) => [l.target, l.line])).toEqual([['README.md', 10]]);
    expect(problemsOf('README.md', text)).toEqual([]);
  });
});
