// GraphiQL must work with no network and on the first try: a real Chromium, which can resolve no
// host but 127.0.0.1, loads the page from our server, runs signIn with the headers the page starts
// with, signs in through the page's sign-in bar (which puts the token into the Headers pane), runs
// the default query as that member, and every request it made must have stayed on our origin.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seeds';
import { postGraphQL } from '../support/graphql';
import { useTestServer } from '../support/server';

// Debian's package (scripts/install-chromium.sh): Playwright's own browser download cannot reach
// its host here. The background-networking flags stop Chromium's own calls home, which this
// machine's closed network refuses (they would not be page requests, but they slow every start).
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host name but 127.0.0.1 resolves to nothing: a stray reference to another host fails.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const SCREENSHOT = join(__dirname, '__screenshots__', 'graphiql.png');

/** An answer as JSON; `D` is the shape the test expects of its data. */
const gql = async <D>(url: string, query: string, token?: string) => {
  const res = await postGraphQL(url, { query }, token);
  return (await res.json()) as { data?: D; errors?: unknown[] };
};
/** The data of VIEWER_QUERY. */
type ViewerData = {
  viewer: {
    member: { loginName: string; displayName: string };
    partner: { name: string; identity: string };
    permissions: string[];
  };
};
// Text of a Monaco editor: its rendered lines only (no gutter), no-break spaces back to spaces.
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), the text as rendered; textContent would run the editor's lines together
const editorText = async (editor: Locator) => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
const VIEWER_QUERY = '{ viewer { member { loginName displayName } partner { name identity } permissions } }';

/**
 * Replaces a Monaco editor's text (one line) as a user would paste it (typing would auto-close
 * brackets and quotes), until the editor holds exactly that text: on a loaded machine the select-all
 * can land before the editor has the focus, leaving the old text around the new.
 */
async function pasteInto(page: Page, editor: Locator, text: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      if ((await editorText(editor)).trim() === text) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`the editor does not hold ${JSON.stringify(text)}: ${JSON.stringify(await editorText(editor))}`);
}

/**
 * Clicks Run and returns the answer to the request whose body matches `sent`. GraphiQL picks the
 * operation name from the editor after a debounce, so a click right after a paste can still send the
 * previous document's name (the server answers 400 "Unknown operation named …"); that click is
 * repeated, any other answer is returned as it is.
 */
async function execute(page: Page, sent: RegExp): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'POST' && sent.test(r.request().postData() ?? ''),
    );
    await page.locator('.graphiql-execute-button').click();
    const response = await answer;
    const staleName = response.status() === 400 && /Unknown operation named/.test(await response.text());
    if (!staleName || attempt === 4) return response;
    await page.waitForTimeout(500);
  }
}

// SKIP_BROWSER_TESTS=1 skips only the Chromium part; a missing Chromium otherwise fails loudly.
const browserIt = process.env.SKIP_BROWSER_TESTS === '1' ? it.skip : it;

describe('GraphiQL (offline, in Chromium)', () => {
  const server = useTestServer();
  let context: BrowserContext | undefined;
  let profile: string | undefined;

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('serves a page that names no other host, and leaves API clients to GraphQL', async () => {
    const page = await fetch(`${server.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html.match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi)).toBeNull();
    // No placeholder token pre-filled (it made the first signIn answer 401); a sign-in bar instead.
    const ruruConfig = JSON.parse(/const RURU_CONFIG = (\{[\s\S]*?\});/.exec(html)![1]);
    expect(ruruConfig.defaultHeaders ?? '').not.toMatch(/authorization/i);
    expect(ruruConfig.initialHeaders ?? '').not.toMatch(/authorization/i);
    expect(html).not.toMatch(/paste the token/i);
    expect(html).toContain('<form id="pg-signin"');
    const css = html.match(/href="(\/graphiql\/assets\/[^"]+\.css)"/)![1];
    const asset = await fetch(`${server.url}${css}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // `*/*` (curl, fetch defaults) and JSON clients must still reach GraphQL, not the page.
    const api = await fetch(`${server.url}/graphql`, { headers: { accept: '*/*' } });
    expect(api.headers.get('content-type')).not.toMatch(/html/);
  });

  browserIt(
    'signIn works with the pre-filled headers, the sign-in bar puts the token into the Headers pane, the default query runs, all on our origin',
    async () => {
      if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh (or set SKIP_BROWSER_TESTS=1)`);
      }
      // Token over plain GraphQL, and the answer the page must show for it.
      const signIn = await gql<{ signIn?: { token?: string | null } }>(
        server.url,
        'mutation { signIn(input: { loginName: "dist-admin", password: "Partner@2026" }) { token } }',
      );
      const token = signIn.data?.signIn?.token ?? '';
      expect(token, JSON.stringify(signIn)).toBeTruthy();
      const expected = await gql<ViewerData>(server.url, VIEWER_QUERY, token);
      expect(expected.data?.viewer?.member?.loginName).toBe('dist-admin');

      // A fresh profile each run: GraphiQL keeps tabs in localStorage, and the default query must show.
      profile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        headless: true,
        viewport: { width: 1280, height: 800 },
      });
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url())); // context-wide: includes Monaco's workers
      const page = context.pages()[0] ?? (await context.newPage());
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));

      // A browser navigation sends Accept: text/html first, which is what selects the page.
      await page.goto(`${server.url}/graphql`);
      const queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
      await expect.poll(() => editorText(queryEditor), { timeout: 30_000 }).toContain('query Viewer');

      // The Headers pane starts with no Authorization (a placeholder would make signIn answer 401).
      await page.getByRole('button', { name: 'Headers' }).click();
      const headersEditor = page.locator('.graphiql-editor-tool .monaco-editor').filter({ visible: true });
      await expect.poll(() => headersEditor.count()).toBe(1);
      expect(await editorText(headersEditor)).not.toMatch(/authorization/i);

      // The first request a new user sends: signIn, typed into the query editor, with those headers.
      await pasteInto(
        page,
        queryEditor,
        `mutation { signIn(input: { loginName: "dist-admin", password: "${DEMO_PASSWORD}" }) { token userErrors { code } } }`,
      );
      await expect.poll(() => editorText(queryEditor)).toContain('mutation { signIn');
      const firstAnswer = await execute(page, /signIn\(input/);
      expect(firstAnswer.status(), await firstAnswer.text()).toBe(200);
      expect(firstAnswer.request().headers().authorization).toBeUndefined();
      const firstBody = (await firstAnswer.json()) as { data?: { signIn?: { token?: string; userErrors: unknown[] } } };
      expect(firstBody.data?.signIn?.userErrors).toEqual([]);
      expect(firstBody.data?.signIn?.token).toEqual(expect.any(String));

      // The sign-in bar: a wrong password is reported, the right one puts the token into the Headers pane.
      await page.getByLabel('Login name').fill('dist-admin');
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      // scrypt at OWASP's parameters takes a while on a loaded machine.
      await expect
        .poll(() => page.locator('#pg-signin-status').textContent(), { timeout: 20_000 })
        .toMatch(/^Sign-in failed: /);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect
        .poll(() => page.locator('#pg-signin-status').textContent(), { timeout: 20_000 })
        .toMatch(/^Signed in as dist-admin/);
      await page.getByRole('button', { name: 'Headers' }).click();
      const shownHeaders = page.locator('.graphiql-editor-tool .monaco-editor').filter({ visible: true });
      await expect.poll(() => editorText(shownHeaders), { timeout: 20_000 }).toMatch(/"Authorization": "Bearer ey/);
      const paneToken = /Bearer ([\w.-]+)/.exec(await editorText(shownHeaders))![1];
      // The pane shows the token's head only when it is wider than the editor; the request has it whole.

      // The default query, run as that member: the page's request carries the token from the bar.
      const viewerEditor = page.locator('.graphiql-query-editor .monaco-editor');
      await pasteInto(page, viewerEditor, `query Viewer ${VIEWER_QUERY}`);
      await expect.poll(() => editorText(viewerEditor)).toContain('query Viewer');
      const response = await execute(page, /query Viewer/);
      const sent = response.request().headers().authorization ?? '';
      expect(sent).toMatch(/^Bearer ey[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(sent.slice('Bearer '.length).startsWith(paneToken.slice(0, 20))).toBe(true);
      expect(await response.json()).toEqual(expected);
      // ...and the result pane shows it (Monaco renders only visible lines, so check the head).
      const { member, partner } = expected.data!.viewer;
      const result = page.locator('.graphiql-response .monaco-editor');
      await expect.poll(() => editorText(result), { timeout: 20_000 }).toContain(`"loginName": "${member.loginName}"`);
      const shown = await editorText(result);
      expect(shown).toContain(`"displayName": ${JSON.stringify(member.displayName)}`);
      expect(shown).toContain(`"name": ${JSON.stringify(partner.name)}`);

      mkdirSync(join(__dirname, '__screenshots__'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      expect(pageErrors).toEqual([]);
      expect(requests.length).toBeGreaterThan(3); // page, script, style, GraphQL at least: the recorder works
      // data:/blob: URLs (inlined fonts, worker blobs) never touch the network; everything else must be ours.
      const origin = new URL(server.url).origin;
      const local = (u: string) => ['data:', 'blob:'].includes(new URL(u).protocol) || new URL(u).origin === origin;
      expect(requests.filter((u) => !local(u))).toEqual([]);
    },
    60_000,
  );
});
