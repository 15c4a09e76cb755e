/**
 * Subscription fan-out (PostgreSQL): two app instances on one database, N graphql-ws subscribers
 * to notificationReceived split across them, all signed in as the member a notification is
 * addressed to, and a writer raising notifications through the API at a steady rate: createLead
 * assigned to that member (one LEAD_ASSIGNED notification per request, published by pg_notify on
 * commit and fanned out by each instance's LISTEN connection to its own sockets). A few more
 * subscribers signed in as the writer (who is not told of leads it assigns) must hear nothing.
 *
 * Measured: deliveries per second, delivery latency (request sent → notification received on the
 * socket, joined on the lead's global id), and every expected delivery checked: lost (a
 * subscriber never got one), duplicated (more than once), misdelivered (to a bystander).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { postGraphql } from './http';
import { readOperation } from './operations';
import { type LatencySummary, summarize } from './stats';

export interface FanoutOptions {
  /** The two instances' base URLs (http://host:port; GraphQL and WebSocket at /graphql). */
  urls: readonly [string, string];
  /** The writer: creates the leads (dist-admin). */
  writerToken: string;
  /** The recipient: the account manager the leads are assigned to (dist-am). */
  recipientToken: string;
  recipientId: string;
  subscribers: number;
  /** Writes per second, paced evenly, alternating between the instances. */
  rate: number;
  durationSec: number;
  /** How long to wait after the last answer for deliveries still under way. */
  graceMs?: number;
}

export interface FanoutResult {
  subscribers: number;
  bystanders: number;
  instances: number;
  targetRate: number;
  durationSec: number;
  writes: number;
  writeFailures: number;
  /** Answer time of createLead (ms). */
  writeLatencyMs: LatencySummary;
  expected: number;
  delivered: number;
  lost: number;
  duplicated: number;
  misdelivered: number;
  /** Deliveries / (last receipt − first request), per second. */
  deliveriesPerSec: number;
  /** Request sent → notification received (ms). */
  latencyMs: LatencySummary;
  subscriptionErrors: number;
  flagged: boolean;
  notes: string[];
}

const CREATE_LEAD = `mutation BenchFanoutCreateLead($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id } userErrors { code message } }
}`;

interface Socket {
  client: Client;
  /** Lead global id (the notification's subject) → receipt times. */
  got: Map<string, number[]>;
  errors: unknown[];
}

const wsUrl = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws')}/graphql`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One graphql-ws subscriber; resolves once the server acknowledged the connection. */
async function subscribe(httpUrl: string, token: string, document: string): Promise<Socket> {
  const got = new Map<string, number[]>();
  const errors: unknown[] = [];
  let acknowledged!: () => void;
  let refused!: (err: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    acknowledged = resolve;
    refused = reject;
  });
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => acknowledged(),
      closed: (event) => refused(new Error(`socket closed: ${(event as { code?: number }).code}`)),
    },
  });
  client.subscribe<{ notificationReceived: { subject: string | null } }>(
    { query: document },
    {
      next: (value) => {
        const at = performance.now();
        const subject = value.data?.notificationReceived.subject;
        if (subject) got.set(subject, [...(got.get(subject) ?? []), at]);
        if (value.errors) errors.push(...value.errors);
      },
      error: (err) => errors.push(err),
      complete: () => undefined,
    },
  );
  await ready;
  return { client, got, errors };
}

/** Opens `count` subscribers alternating between the instances, a few at a time. */
async function openSockets(urls: readonly string[], token: string, count: number, document: string) {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, (_, k) =>
      subscribe(urls[(i + k) % urls.length], token, document),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  // The subscribe message follows connection_ack: give the servers their turn to register it.
  await sleep(500);
  return sockets;
}

interface Write {
  sentAt: number;
  answeredAt: number;
  leadId: string | null;
  problem: string | null;
}

/** createLead at a steady rate (open loop: a request every 1/rate s, whatever the answers). */
async function writeAtRate(options: FanoutOptions, runId: string): Promise<Write[]> {
  const total = Math.max(1, Math.round(options.rate * options.durationSec));
  const t0 = performance.now();
  const pending: Promise<Write>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const url = options.urls[i % options.urls.length];
    const input = {
      companyName: `扇出测试 ${runId} ${i}`,
      contactName: '测试',
      phone: `139${String(i).padStart(8, '0')}`,
      assignedManagerId: options.recipientId,
      idempotencyKey: `${runId}-${i}`,
    };
    const sentAt = performance.now();
    pending.push(
      postGraphql(url, { query: CREATE_LEAD, variables: { input } }, { authorization: `Bearer ${options.writerToken}` })
        .then((res) => {
          const answeredAt = performance.now();
          const body = JSON.parse(res.text) as {
            data?: { createLead: { lead: { id: string } | null; userErrors: unknown[] } };
            errors?: unknown[];
          };
          const lead = body.data?.createLead.lead ?? null;
          const problem =
            res.status !== 200
              ? `HTTP ${res.status}`
              : body.errors?.length
                ? JSON.stringify(body.errors).slice(0, 200)
                : body.data?.createLead.userErrors.length
                  ? JSON.stringify(body.data.createLead.userErrors).slice(0, 200)
                  : lead
                    ? null
                    : 'no lead';
          return { sentAt, answeredAt, leadId: lead?.id ?? null, problem };
        })
        .catch((err: Error) => ({ sentAt, answeredAt: performance.now(), leadId: null, problem: err.message })),
    );
  }
  return Promise.all(pending);
}

function received(sockets: Socket[], leads: ReadonlySet<string>): number {
  let n = 0;
  for (const s of sockets) for (const [subject, times] of s.got) if (leads.has(subject)) n += times.length;
  return n;
}

/** Runs one fan-out measurement; every socket is closed before it returns. */
export async function measureFanout(options: FanoutOptions): Promise<FanoutResult> {
  const document = readOperation('notification-received.graphql');
  const bystanderCount = Math.max(2, Math.round(options.subscribers / 10));
  const sockets: Socket[] = [];
  const bystanders: Socket[] = [];
  try {
    sockets.push(...(await openSockets(options.urls, options.recipientToken, options.subscribers, document)));
    bystanders.push(...(await openSockets(options.urls, options.writerToken, bystanderCount, document)));
    const writes = await writeAtRate(options, randomUUID().slice(0, 8));
    const ok = writes.filter((w) => w.leadId && !w.problem);
    const leads = new Set(ok.map((w) => w.leadId!));
    const expected = leads.size * sockets.length;
    // Wait for deliveries still on their way: until all arrived, or nothing new for graceMs.
    let last = -1;
    let quietSince = performance.now();
    while (received(sockets, leads) < expected) {
      const now = received(sockets, leads);
      if (now !== last) {
        last = now;
        quietSince = performance.now();
      } else if (performance.now() - quietSince > (options.graceMs ?? 10_000)) break;
      await sleep(50);
    }
    await sleep(300); // late duplicates
    const sentAt = new Map(ok.map((w) => [w.leadId!, w.sentAt]));
    const latencies: number[] = [];
    let lost = 0;
    let duplicated = 0;
    let lastReceipt = 0;
    for (const s of sockets) {
      for (const lead of leads) {
        const times = s.got.get(lead) ?? [];
        if (times.length === 0) lost++;
        if (times.length > 1) duplicated += times.length - 1;
        for (const t of times) {
          latencies.push(t - sentAt.get(lead)!);
          lastReceipt = Math.max(lastReceipt, t);
        }
      }
    }
    const delivered = latencies.length;
    const misdelivered = received(bystanders, leads);
    const firstSent = Math.min(...writes.map((w) => w.sentAt));
    const failures = writes.filter((w) => w.problem);
    const subscriptionErrors = [...sockets, ...bystanders].reduce((n, s) => n + s.errors.length, 0);
    const notes: string[] = [];
    if (failures.length) notes.push(`${failures.length} writes failed, first: ${failures[0].problem}`);
    const achieved = writes.length / ((Math.max(...writes.map((w) => w.answeredAt)) - firstSent) / 1000);
    if (achieved < 0.9 * options.rate)
      notes.push(`writes answered at ${achieved.toFixed(1)}/s of ${options.rate}/s: the servers did not keep up`);
    return {
      subscribers: sockets.length,
      bystanders: bystanders.length,
      instances: options.urls.length,
      targetRate: options.rate,
      durationSec: options.durationSec,
      writes: writes.length,
      writeFailures: failures.length,
      writeLatencyMs: summarize(writes.map((w) => w.answeredAt - w.sentAt)),
      expected,
      delivered,
      lost,
      duplicated,
      misdelivered,
      deliveriesPerSec: lastReceipt > firstSent ? delivered / ((lastReceipt - firstSent) / 1000) : 0,
      latencyMs: summarize(latencies),
      subscriptionErrors,
      flagged: lost > 0 || duplicated > 0 || misdelivered > 0 || failures.length > 0 || subscriptionErrors > 0,
      notes,
    };
  } finally {
    await Promise.all([...sockets, ...bystanders].map((s) => s.client.dispose()));
  }
}
