/**
 * Prometheus metrics at /metrics. prom-client (15.1.3, pinned) is the de-facto Node client: the
 * text exposition format, histograms and the process/GC default metrics, maintained under the
 * siimon/prom-client project with ~19M downloads a month; writing the format by hand would
 * re-implement it less well.
 *
 * Each server gets its own registry (tests run several servers in one process). Operation names
 * come from clients, so they are labels only when they look like names, and at most
 * MAX_OPERATION_NAMES distinct ones per process; the rest count as "other" (no label explosion).
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const MAX_OPERATION_NAMES = 200;

export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly kinds = new Set<string>();

  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL HTTP requests by operation name, operation type and HTTP status.',
    labelNames: ['operation', 'type', 'status'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL HTTP request to the end of its response, by operation name.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors answered, by code (top-level errors[].extensions.code, and HTTP-level refusals such as PAYLOAD_TOO_LARGE).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly sqlStatements = new Histogram({
    name: 'graphql_sql_statements_per_request',
    help: 'SQL statements one GraphQL request ran.',
    labelNames: ['operation'] as const,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144],
    registers: [this.registry],
  });

  readonly cost = new Histogram({
    name: 'graphql_query_cost',
    help: 'Requested cost of the operations run (see README, Query cost).',
    buckets: [1, 10, 50, 100, 500, 1000, 5000, 10000, 50000],
    registers: [this.registry],
  });

  readonly refusals = new Counter({
    name: 'graphql_refusals_total',
    help: 'Requests to /graphql refused as a whole (HTTP 4xx) by the transport, Apollo, a plugin or authentication, by code, reason (http/refusals.ts) and status.',
    labelNames: ['code', 'reason', 'status'] as const,
    registers: [this.registry],
  });

  readonly securityEvents = new Counter({
    name: 'security_events_total',
    help: 'Security events logged while serving requests (failed or locked sign-ins, refused access), by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly busyRefusals = new Counter({
    name: 'graphql_busy_refusals_total',
    help: 'Requests to /graphql answered 503 SERVER_BUSY (http/admission.ts), by reason: wait-budget (not admitted in DB_ACQUIRE_TIMEOUT_MS), stopping, pool-timeout, pool-closed.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly throttled = new Counter({
    name: 'graphql_throttled_total',
    help: 'Requests refused by the rate limit (THROTTLED).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** A bounded label for a security event's kind (kinds come from the code, but stay bounded anyway). */
  kindLabel(kind: string): string {
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(kind)) return 'other';
    if (this.kinds.has(kind)) return kind;
    if (this.kinds.size >= MAX_OPERATION_NAMES) return 'other';
    this.kinds.add(kind);
    return kind;
  }

  /** A bounded label for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }
}
