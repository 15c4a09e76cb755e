/**
 * docs/graphiql-dashboard.png: GraphiQL (served by this server, offline) running the dashboard
 * example, as the README shows it. `npm run docs:screenshot`.
 *
 * Starts the server on a freshly seeded SQLite file in a temp folder, opens GraphiQL in headless
 * Chromium (scripts/install-chromium.sh installs it and the CJK font the Chinese names need), signs
 * in as dist-admin with the page's sign-in bar, pastes examples/dashboard/dashboard.graphql, runs it,
 * and saves the page. Nothing is left behind but the PNG.
 */
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/orm';
import { createServer } from '../src/server';
import { DEMO_PASSWORD, seedDatabase } from '../seeds';

// scripts/ in the sources, dist/scripts/ when built.
const UP = join(__dirname, '..');
const ROOT = basename(UP) === 'dist' ? join(UP, '..') : UP;
const OUTPUT = join(ROOT, 'docs', 'graphiql-dashboard.png');
const QUERY_FILE = join(ROOT, 'examples', 'dashboard', 'dashboard.graphql');

// As in test/graphiql/graphiql.browser.test.ts: Debian's Chromium, no calls home.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), the text as rendered; textContent would run the editor's lines together
const editorText = async (editor: Locator) => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Replaces a Monaco editor's text as a user would: select all, paste (typing would auto-indent and auto-close). */
async function pasteInto(page: Page, editor: Locator, text: string): Promise<void> {
  // Runs in the page; `navigator` is the browser's (this file is compiled without DOM types).
  await page.evaluate(
    (value) =>
      (
        globalThis as unknown as { navigator: { clipboard: { writeText(v: string): Promise<void> } } }
      ).navigator.clipboard.writeText(value),
    text,
  );
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'partner-graph-screenshot-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: `sqlite:${join(work, 'demo.sqlite')}`,
    AUTH_SECRET: randomBytes(32).toString('hex'), // the token on the picture is good for nothing
    GRAPHIQL: 'true',
    INTROSPECTION: 'true',
    RATE_LIMIT: 'false',
  });
  const orm = await openDatabase(config.database);
  const server = await createServer(config, orm);
  let browserProfile: string | null = null;
  try {
    console.log('screenshot: seeding the demo data (small)…');
    await seedDatabase(orm, { scale: 'small' });
    const { url } = await server.listen(0, '127.0.0.1');

    browserProfile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
    const context = await chromium.launchPersistentContext(browserProfile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: 1,
      locale: 'zh-CN',
    });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${url}/graphql`);
      const queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
      await until('GraphiQL', async () => (await editorText(queryEditor)).includes('query'));

      // Sign in as a new user would: the page's sign-in bar puts the token into the Headers pane.
      await page.getByLabel('Login name').fill('dist-admin');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await until('the sign-in', async () =>
        /^Signed in as/.test((await page.locator('#pg-signin-status').textContent()) ?? ''),
      );
      await page.getByRole('button', { name: 'Headers' }).click();
      const headersEditor = page.locator('.graphiql-editor-tool .monaco-editor').filter({ visible: true });
      await until('the token in the headers', async () => (await editorText(headersEditor)).includes('Bearer'));

      await pasteInto(page, queryEditor, readFileSync(QUERY_FILE, 'utf8'));
      // Show the query from its first line.
      await page.keyboard.press('ControlOrMeta+Home');
      await until('the pasted query', async () => (await editorText(queryEditor)).includes('query DashboardOverview'));

      const answered = page.waitForResponse(
        (r) => r.request().method() === 'POST' && /DashboardOverview/.test(r.request().postData() ?? ''),
      );
      await page.locator('.graphiql-execute-button').click();
      const response = await answered;
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(`the dashboard query failed: ${JSON.stringify(body.errors)}`);
      const result = page.locator('.graphiql-response .monaco-editor');
      await until('the result', async () => (await editorText(result)).includes('topCustomers'));
      // Fold the headers pane away (it holds the token) so the query and result have the room.
      await page
        .getByRole('button', { name: /hide editor tools/i })
        .click()
        .catch(() => undefined);
      await queryEditor.click({ position: { x: 400, y: 10 } }); // the caret to the top, no selection left over
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.press('Escape');
      await page.mouse.move(700, 895); // the pointer away from anything with a hover effect
      await page.waitForTimeout(500);

      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: OUTPUT });
      console.log(`screenshot: wrote ${OUTPUT}`);
    } catch (err) {
      // What the page looked like when it went wrong.
      const failed = join(tmpdir(), 'graphiql-dashboard.failed.png');
      await context
        .pages()[0]
        ?.screenshot({ path: failed })
        .catch(() => undefined);
      console.error(`screenshot: failed; the page at that moment: ${failed}`);
      throw err;
    } finally {
      await context.close();
    }
  } finally {
    await server.stop();
    await orm.close(true);
    rmSync(work, { recursive: true, force: true });
    if (browserProfile) rmSync(browserProfile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
