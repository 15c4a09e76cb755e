/**
 * The application server as the benchmark runs it: the same createServer as src/index.ts, plus
 * bench-only switches read from the environment (never set them in a deployment):
 *
 *   BENCH_DISABLE_PERMISSIONS=true   serve without graphql-shield (row scopes stay) → cost of permissions
 *   BENCH_DISABLE_LOADERS=true       every loader key is its own batch → the N+1 factor
 *
 * Answers the memory check's { type: 'heap-after-gc' } over IPC (answerHeapAfterGc).
 * Started with --expose-gc (the bench's --trace-gc), it forces one GC before listening and prints
 * the wall time it ended: the anchor that lines the GC trace up with the request log.
 *
 * Configuration otherwise comes from the environment exactly as for src/index.ts (DATABASE_URL,
 * NODE_ENV, AUTH_SECRET, EXPOSE_SQL_COUNT…). It never seeds. PORT=0 picks a free port; the address
 * is reported to the parent over IPC ({ type: 'listening', url }) and on stdout.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/orm';
import { v8Gc } from '../src/http/idle-scavenge';
import { createServer } from '../src/server';

const flag = (name: string): boolean => /^(1|true|yes|on)$/i.test(process.env[name] ?? '');

/**
 * Under the bench's --trace-gc (node --trace-gc --expose-gc): one forced GC, and the wall time it
 * ended, so that the trace's isolate times can be turned into wall time (bench/lib/gc-trace.ts).
 */
function gcAnchor(): void {
  const gc = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') return;
  gc();
  console.log(JSON.stringify({ benchGcAnchor: performance.timeOrigin + performance.now() }));
}

/**
 * The bench's memory check asks over IPC ({ type: 'heap-after-gc' }) for the heap a full GC leaves:
 * what the server retains, whatever the old generation's floor lets it hold between collections
 * (package.json start: --initial-old-space-size), so RSS alone would read a full floor as growth.
 */
function answerHeapAfterGc(): void {
  const gc = v8Gc();
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'heap-after-gc') return;
    gc?.('major');
    process.send?.({ type: 'heap-after-gc', usedMiB: process.memoryUsage().heapUsed / 2 ** 20 });
  });
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  const orm = await openDatabase(config.database);
  const server = await createServer(config, orm, {
    disablePermissions: flag('BENCH_DISABLE_PERMISSIONS'),
    disableLoaders: flag('BENCH_DISABLE_LOADERS'),
  });
  gcAnchor();
  const { url, server: httpServer } = await server.listen(config.port, process.env.HOST ?? '127.0.0.1');
  answerHeapAfterGc();
  process.send?.({ type: 'listening', url });
  console.log(`bench server listening on ${url}/graphql`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // The load is over: drop kept-alive client sockets, else close() waits for their idle timeout.
    const closing = server.stop();
    httpServer.closeAllConnections();
    await closing;
    await orm.close(true);
    // A normal exit, so that --cpu-prof / --heap-prof write their files.
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
