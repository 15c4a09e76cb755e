/**
 * The Node HTTP server around the express app: slow-client timeouts, listen, and the graceful
 * stop: /readyz answers 503 at once while the server goes on serving for the drain delay (so a
 * load balancer's health check sees it and sends new requests elsewhere), then no new connections
 * are accepted, requests in flight finish (up to the grace period, then their connections are
 * closed), then `afterDrain` runs (Apollo's stop, the notification listener). Long-lived WebSocket
 * connections (subscriptions) are closed by `beforeClose` when new connections stop being accepted,
 * so their clients reconnect to another instance.
 */
import { createServer, type Server } from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import { expressServerOptions } from './express-prototypes';

export class HttpLifecycle {
  readonly server: Server;
  private isDraining = false;
  private listening = false;
  private stopping: Promise<void> | null = null;

  constructor(
    app: Express,
    private readonly timing: { graceMs: number; drainDelayMs: number; keepAliveMs: number },
    private readonly afterDrain: () => Promise<void>,
    private readonly beforeClose: () => Promise<void> = async () => {},
  ) {
    this.server = createServer(expressServerOptions(app), app);
    // Slow-client protection: a request must arrive whole within these times.
    this.server.headersTimeout = 20_000;
    this.server.requestTimeout = 60_000;
    // Idle keep-alive connections (HTTP_KEEP_ALIVE_TIMEOUT_MS, 65 s): Node's own 5 s is shorter than
    // proxies keep idle upstream connections (a cloud load balancer 60 s, Caddy 2 min unless told), so
    // the proxy would write a request into a socket the server is closing and answer its client 502.
    this.server.keepAliveTimeout = timing.keepAliveMs;
  }

  get draining(): boolean {
    return this.isDraining;
  }

  /** Middleware: while draining, tell keep-alive clients to open their next request elsewhere. */
  readonly closeWhileDraining = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.isDraining) res.setHeader('connection', 'close');
    next();
  };

  /** Listens on `port` (0: any free port); resolves with the URL clients use. */
  listen(port: number, host = '127.0.0.1'): Promise<{ url: string; server: Server }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        this.listening = true;
        const address = this.server.address();
        const actualPort = typeof address === 'object' && address ? address.port : port;
        resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`, server: this.server });
      });
    });
  }

  /** The graceful stop; calling it again returns the same promise. */
  stop(): Promise<void> {
    this.stopping ??= this.drainThenStop();
    return this.stopping;
  }

  private async drainThenStop(): Promise<void> {
    this.isDraining = true;
    if (this.listening && this.timing.drainDelayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.timing.drainDelayMs));
    await this.beforeClose();
    if (this.listening) await this.closeConnections();
    await this.afterDrain();
  }

  /** Idle keep-alive connections go now; busy ones when their response is done, or at the grace limit. */
  private async closeConnections(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const sweep = setInterval(() => this.server.closeIdleConnections(), 50);
    const force = setTimeout(() => this.server.closeAllConnections(), this.timing.graceMs);
    this.server.closeIdleConnections();
    await closed;
    clearInterval(sweep);
    clearTimeout(force);
  }
}
