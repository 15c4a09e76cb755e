/**
 * How every baseline server starts and stops as the bench expects (bench/lib/proc.ts startServer):
 * listens on PORT (0 = any) on loopback, reports { type: 'listening', url } over IPC and on stdout,
 * and on SIGTERM, SIGINT or the parent's disconnect closes its sockets, runs `cleanUp`, and exits 0.
 */
import type http from 'node:http';

export async function listenForBench(
  server: http.Server,
  label: string,
  cleanUp: () => Promise<void> = async () => {},
): Promise<string> {
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  process.send?.({ type: 'listening', url });
  console.log(`${label} listening on ${url}`);
  const stop = () => {
    server.close(() => void cleanUp().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  return url;
}
