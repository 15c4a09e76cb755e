/**
 * A real HTTP server on loopback for the bench's generator tests: started before the file's tests,
 * closed after them. `url` is its address once started.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export function useLoopbackServer(
  handler: http.RequestListener,
  configure?: (server: http.Server) => void,
): { readonly url: string } {
  const server = http.createServer(handler);
  configure?.(server);
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    get url() {
      return url;
    },
  };
}
