/**
 * Control for the fixed-rate tail (item 5 of issue 15): a server that does nothing but keep its
 * JavaScript thread busy for SPIN_MS per request, then answers BODY_BYTES of JSON. No GraphQL, no
 * database, and next to no allocation, so no GC pause worth the name. Run at the app's fixed rate
 * with SPIN_MS = the app's main-thread CPU time per request, it has the app's utilization with a
 * perfectly regular service: its p99/p50 is what the arrivals, the queue and this machine (the load
 * generator and other processes on the same CPUs) make of a tail by themselves. What the app adds
 * beyond it is the app's own (GC, the database, uneven work).
 *
 * It spins CPU time, not wall time (since session 14): a request whose thread loses its CPU to
 * another process takes longer, as the app's would. Spinning until a wall-clock deadline, as before,
 * let a descheduled spin end on time and hid the machine's share from the control.
 *
 * Like the app, it writes a request-log line per answer (`time`, `durationMs`, the client's
 * `x-request-id` as `requestId`), so the bench splits its latencies as it splits the app's
 * (bench/lib/tail-split.ts).
 *
 * Since session 17 it also has a helper process spend OFF_MAIN_MS of CPU per request, between two
 * halves of the spin, in the request's path: the CPU the app's request costs beside its JavaScript
 * thread (SQLite's statements on a pool thread, GC helpers; on PostgreSQL the database's
 * processes), which competes with the generator and the app's own thread for the machine's cores
 * just the same.
 *
 * Environment: SPIN_MS (default 2), OFF_MAIN_MS (default 0), OFF_MAIN_HELPERS (helper processes
 * taking turns, default 1), BODY_BYTES (default 2048), PORT (0 = any). The handler is in spin.ts.
 */
import http from 'node:http';
import { listenForBench } from './listen';
import { spinBodyBytes, spinHandler, startOffMainSpinner } from './spin';

const spinMs = Number(process.env.SPIN_MS ?? 2);
const offMainMs = Number(process.env.OFF_MAIN_MS ?? 0);
const bytes = spinBodyBytes(Number(process.env.BODY_BYTES ?? 2048));
const helpers = Number(process.env.OFF_MAIN_HELPERS ?? 1);
const offMain = offMainMs > 0 ? { ms: offMainMs, spinner: startOffMainSpinner(helpers) } : undefined;
const server = http.createServer(spinHandler(spinMs, bytes, (line) => console.log(line), offMain));
void listenForBench(
  server,
  `spin control server (${spinMs} ms of CPU per request, ${offMainMs} ms off the main thread, ${bytes} bytes)`,
);
