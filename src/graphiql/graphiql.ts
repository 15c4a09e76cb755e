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

const DEFAULT_QUERY = `query Viewer {
  viewer {
    member { loginName displayName }
    partner { name identity }
    permissions
  }
}
`;
const DEFAULT_HEADERS = JSON.stringify({ Authorization: 'Bearer <paste the token from signIn>' }, null, 2);

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * GET `opts.endpoint` from a browser (Accept prefers text/html, no `query` parameter) → the IDE page;
 * anything else falls through to the GraphQL handler. Mount it before Apollo's middleware.
 */
export function graphiqlRouter(opts: { endpoint: string; title?: string }): express.Router {
  const html = ruruHTML({
    endpoint: opts.endpoint,
    staticPath: `${ASSETS_MOUNT}/`,
    // Cast: under `moduleResolution: node` graphiql 5's prop types resolve only partly, which makes
    // every picked prop look required. defaultQuery/defaultHeaders fill a fresh tab; edits persist.
    clientConfig: {
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: DEFAULT_HEADERS,
    } as RuruServer.RuruServerConfig['clientConfig'],
    htmlParts: { titleTag: `<title>${escapeHtml(opts.title ?? 'partner-graph GraphiQL')}</title>` },
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
