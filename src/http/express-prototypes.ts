/**
 * The HTTP server constructs each request and response with Express's prototypes from the start.
 *
 * Express gives every request and response its app's prototypes as it starts handling them
 * (`Object.setPrototypeOf(req, app.request)`, the same for `res`). Changing the prototype of a
 * fresh object is costly for V8's generational collector: in a bare Express app serving a health
 * check, 27.7 % of the bytes requests allocated survived two scavenges into the old generation
 * (node --trace-gc-nvp, `promoted` over `allocated`); plain node:http, 0 %. In this server the
 * whole request's garbage was promoted at that rate, and collecting it took the mark-compacts that
 * the slowest short reads overlapped (BENCHMARKS.md, session 10). Node builds requests and responses
 * from the classes the server is given: when their prototypes are the app's, Express's own
 * `setPrototypeOf` finds nothing to change (5.5 % promoted in the same bare app).
 */
import { IncomingMessage, type ServerOptions, ServerResponse } from 'node:http';

interface ExpressPrototypes {
  request: object;
  response: object;
}

/** `prototype` takes the place of `app[slot]`: the same chain and own properties (`app`). */
function adopt(app: ExpressPrototypes, slot: 'request' | 'response', prototype: object): void {
  const current = app[slot];
  Object.setPrototypeOf(prototype, Object.getPrototypeOf(current));
  Object.defineProperties(prototype, Object.getOwnPropertyDescriptors(current));
  // Express reads app.request / app.response for every request (application.js, `handle`).
  Reflect.set(app, slot, prototype);
}

/** Server options whose requests and responses are born with `app`'s prototypes (call once per app). */
export function expressServerOptions(app: ExpressPrototypes): ServerOptions {
  class AppRequest extends IncomingMessage {}
  class AppResponse<Req extends IncomingMessage = IncomingMessage> extends ServerResponse<Req> {}
  adopt(app, 'request', AppRequest.prototype);
  adopt(app, 'response', AppResponse.prototype);
  return { IncomingMessage: AppRequest, ServerResponse: AppResponse };
}
