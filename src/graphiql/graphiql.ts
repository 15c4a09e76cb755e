// GraphiQL served by this server itself, with no network: Apollo's default landing page loads
// from a CDN that firewalled users (and this machine) cannot reach.
//
// Why ruru 2.0.2 rather than graphiql 4.1.2's UMD build: ruru is one package that renders the page
// (`ruruHTML`) and serves its own prebuilt bundle from memory (`getStaticFile`); its CSS inlines its
// fonts as data: URIs and the only other font (Monaco's codicons) is one of its own files, so nothing
// points at another host once `staticPath` is ours. The UMD route needs three pinned packages
// (graphiql + React 18 + ReactDOM 18, since React 19 ships no UMD) and a hand-written HTML page,
// and GraphiQL 5 dropped the UMD build. ruru declares Node >= 22, but the two entry points used
// here are plain string templating and zlib, which run on Node 20 (the browser test proves it).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express from 'express';
// Types come from the dist path because our `moduleResolution: node` ignores package `exports`;
// the runtime require goes through the public subpaths, which Node resolves via `exports`.
import type * as RuruServer from 'ruru/dist/server';
import type * as RuruStatic from 'ruru/dist/static';

const { ruruHTML }: typeof RuruServer = require('ruru/server');
const { getStaticFile }: typeof RuruStatic = require('ruru/static');

// The asset path carries ruru's version, so a year-long `immutable` cache is safe across upgrades.
const RURU_VERSION: string = JSON.parse(
  readFileSync(join(dirname(require.resolve('ruru/server')), '..', 'package.json'), 'utf8'),
).version;
const ASSETS_MOUNT = `/graphiql/assets/ruru-${RURU_VERSION}`;

const DEFAULT_QUERY = `# Sign in with the bar above (demo logins: see the README): the token goes into the
# Headers pane and this query runs as that member. Or run signIn here and copy its token.
query Viewer {
  viewer {
    member { loginName displayName }
    partner { name identity }
    permissions
  }
}
`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The sign-in bar above the IDE. The Headers pane starts empty (a placeholder token would make the
 * first request, signIn included, answer 401); the bar signs in through the same endpoint and puts
 * `Authorization: Bearer <token>` into the Headers pane by mounting Ruru again with `initialHeaders`
 * and the query and variables being edited (GraphiQL reads `initialHeaders` only when it mounts and
 * finds no saved tabs, so the saved tab layout is dropped: one tab, with the current query, remains).
 */
const SIGN_IN_BAR = `<form id="pg-signin" autocomplete="on">
<strong>partner-graph</strong>
<label>Login name <input name="loginName" autocomplete="username" placeholder="dist-admin" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
<output id="pg-signin-status" aria-live="polite">Signing in puts the token into the Headers pane.</output>
</form>`;

const SIGN_IN_STYLE = `<style>
body { display: flex; flex-direction: column; height: 100vh; }
#pg-signin { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 1em; padding: 0.4em 1em;
  font: 13px system-ui, sans-serif; border-bottom: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; }
#pg-signin input { font: inherit; padding: 0.15em 0.4em; width: 11em; }
#pg-signin output { color: #57606a; }
#pg-signin output.error { color: #cf222e; }
#ruru-root { flex: 1; height: auto; min-height: 0; }
</style>`;

const SIGN_IN_MUTATION =
  'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt userErrors { code message } } }';

/** Mounts Ruru (instead of ruru's own init script) and wires the sign-in bar. */
const initScript = (ruruModule: string) => `<script type="module">
import { React, createRoot, Ruru } from ${JSON.stringify(ruruModule)};
const root = createRoot(document.getElementById("ruru-root"));
const editing = { query: null, variables: null };
let mounts = 0;
const mount = (extra) =>
  root.render(React.createElement(Ruru, {
    ...RURU_CONFIG,
    ...extra,
    key: String(mounts++),
    onEditQuery: (value) => { editing.query = value; },
    onEditVariables: (value) => { editing.variables = value; },
  }));
mount({});
const form = document.getElementById("pg-signin");
const status = document.getElementById("pg-signin-status");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const loginName = form.elements.loginName.value.trim();
  const password = form.elements.password.value;
  status.className = "";
  status.textContent = "Signing in…";
  try {
    const response = await fetch(RURU_CONFIG.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: ${JSON.stringify(SIGN_IN_MUTATION)}, variables: { input: { loginName, password } } }),
    });
    const body = await response.json();
    const payload = body.data && body.data.signIn;
    if (!payload || !payload.token) {
      const reason = (payload && payload.userErrors[0]) || (body.errors && body.errors[0]) || { message: "HTTP " + response.status };
      throw new Error(reason.message);
    }
    form.elements.password.value = "";
    const query = editing.query ?? localStorage.getItem("graphiql:query");
    const variables = editing.variables ?? localStorage.getItem("graphiql:variables");
    localStorage.removeItem("graphiql:tabState");
    mount({
      initialQuery: query ?? undefined,
      initialVariables: variables ?? undefined,
      initialHeaders: JSON.stringify({ Authorization: "Bearer " + payload.token }, null, 2),
    });
    status.textContent = "Signed in as " + loginName + " until " + new Date(payload.expiresAt).toLocaleString() + ": the token is in the Headers pane.";
  } catch (error) {
    status.className = "error";
    status.textContent = "Sign-in failed: " + error.message;
  }
});
</script>`;

/**
 * GET `opts.endpoint` from a browser (Accept prefers text/html, no `query` parameter) → the IDE page;
 * anything else falls through to the GraphQL handler. Mount it before Apollo's middleware.
 */
export function graphiqlRouter(opts: { endpoint: string; title?: string }): express.Router {
  const html = ruruHTML({
    endpoint: opts.endpoint,
    staticPath: `${ASSETS_MOUNT}/`,
    // Cast: under `moduleResolution: node` graphiql 5's prop types resolve only partly, which makes
    // every picked prop look required. defaultQuery fills a fresh tab; edits persist. No default
    // headers: the Headers pane starts empty, so signIn works as the very first request.
    clientConfig: { defaultQuery: DEFAULT_QUERY } as RuruServer.RuruServerConfig['clientConfig'],
    htmlParts: {
      titleTag: `<title>${escapeHtml(opts.title ?? 'partner-graph GraphiQL')}</title>`,
      styleTags: (original) => `${original}\n${SIGN_IN_STYLE}`,
      bodyContent: (original) => `${SIGN_IN_BAR}\n${original}`,
      bodyInitScript: () => initScript(`${ASSETS_MOUNT}/ruru.js`),
    },
  });
  // Fail at startup, not in a user's browser, if a ruru upgrade brings back a remote URL.
  const remote = html.match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  if (remote) throw new Error(`GraphiQL page references another host: ${remote[0]}`);

  const router = express.Router();

  router.get(opts.endpoint, (req, res, next) => {
    // JSON wins for `*/*` and API clients; only a browser navigation (text/html first) gets the page.
    const wantsHtml =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) return next();
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  });

  router.use(ASSETS_MOUNT, async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      // Files are stored brotli-compressed; ruru decompresses for clients without `br`.
      const file = await getStaticFile({
        staticPath: '/',
        urlPath: req.url,
        acceptEncoding: req.headers['accept-encoding'],
      });
      if (!file) return next();
      res
        .set({ ETag: file.headers.etag, 'Cache-Control': 'public, max-age=31536000, immutable' })
        .vary('Accept-Encoding');
      if (req.fresh) return void res.status(304).end();
      res.set(file.headers).end(req.method === 'HEAD' ? undefined : file.content);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
