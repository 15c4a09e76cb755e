/**
 * src/http/express-prototypes.ts: the server builds requests and responses with the app's own
 * prototypes, so Express has nothing to change per request, and Express's API works as before.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { expressServerOptions } from '../../src/http/express-prototypes';

describe('expressServerOptions', () => {
  it('builds requests and responses whose prototypes are the app’s, and Express answers as usual', async () => {
    const app = express();
    const seen: boolean[] = [];
    app.get('/x', (req, res) => {
      seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
      res.status(201).json({ header: req.get('x-test'), app: req.app === app });
    });
    const server = createServer(expressServerOptions(app), app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`http://127.0.0.1:${port}/x`, { headers: { 'x-test': 'yes' } });
        expect([res.status, await res.json()]).toEqual([201, { header: 'yes', app: true }]);
      }
      expect(seen).toEqual([true, true, true, true]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
