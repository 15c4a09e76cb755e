/**
 * Runs the maintenance jobs (jobs.ts) on a timer, each on one instance at a time.
 *
 * One-at-a-time is a lease row per job (maintenance_lease): a runner takes a job with one
 * conditional UPDATE (the lease is free or ran out, and the job is due), runs it, then frees the
 * lease and sets when it is due next. The same SQL works on SQLite and PostgreSQL, survives a
 * runner that dies holding a lease (the lease runs out), spaces runs by the interval across all
 * instances (not per instance), leaves the last run's outcome in a table an operator can read, and
 * follows the runner's injected clock, so tests step through simulated days without sleeping.
 * (pg_try_advisory_lock would hold a pooled connection for the whole run, exist on PostgreSQL only,
 * and still need the row for "when is it due".)
 *
 * A run stops after its current batch once half the lease is spent, so it never outlives its lease.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Orm } from '../db/orm';
import { logger } from '../common/logger';
import { MaintenanceLease } from './maintenance-lease.entity';
import type { JobContext, MaintenanceJob } from './jobs';
import type { MaintenanceMetrics } from './metrics';

export interface RunnerOptions {
  config: AppConfig;
  jobs: readonly MaintenanceJob[];
  /** Each job runs at most once per interval, across all instances. */
  intervalMs: number;
  /** How long a taken job stays taken if its runner never frees it (default 10 min). */
  leaseMs?: number;
  batchSize?: number;
  /** The clock (epoch ms); tests inject one. */
  now?: () => number;
  metrics?: MaintenanceMetrics | null;
  /** Names this runner in lease rows and logs. */
  holder?: string;
}

export type JobOutcome =
  | { job: string; ran: false }
  | { job: string; ran: true; ok: true; rows: number }
  | { job: string; ran: true; ok: false; error: string };

export class MaintenanceRunner {
  readonly holder: string;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<JobOutcome[]> | null = null;
  private stopping = false;
  private ensured = false;

  constructor(
    private readonly orm: Orm,
    private readonly options: RunnerOptions,
  ) {
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? 10 * 60_000;
    this.batchSize = options.batchSize ?? 500;
    this.now = options.now ?? Date.now;
  }

  /** Ticks every interval (±10 %, so instances started together spread out); the first tick after one interval. */
  start(): void {
    if (this.timer || this.stopping) return;
    const schedule = () => {
      this.timer = setTimeout(
        () => {
          void this.tick().finally(() => {
            if (!this.stopping) schedule();
          });
        },
        this.options.intervalMs * (0.9 + Math.random() * 0.2),
      );
      this.timer.unref();
    };
    schedule();
    logger.info(
      { holder: this.holder, intervalMs: this.options.intervalMs, jobs: this.options.jobs.map((j) => j.name) },
      'maintenance runner started',
    );
  }

  /** No new runs; a run in progress ends after its current batch, and this resolves when it has. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    logger.info({ holder: this.holder }, 'maintenance runner stopped');
  }

  /** Runs every job that is due and free, one after another. One tick at a time per runner. */
  tick(): Promise<JobOutcome[]> {
    if (this.running) return this.running;
    this.running = this.runDueJobs().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runDueJobs(): Promise<JobOutcome[]> {
    await this.ensureLeaseRows();
    const outcomes: JobOutcome[] = [];
    for (const job of this.options.jobs) {
      if (this.stopping) break;
      outcomes.push(await this.runIfDue(job));
    }
    return outcomes;
  }

  private async ensureLeaseRows(): Promise<void> {
    if (this.ensured) return;
    const em = this.orm.em.fork();
    for (const job of this.options.jobs) {
      await em
        .getConnection()
        .execute(
          'insert into maintenance_lease (job, lease_until_ms, next_run_at_ms) values (?, 0, 0) on conflict (job) do nothing',
          [job.name],
        );
    }
    this.ensured = true;
  }

  private async runIfDue(job: MaintenanceJob): Promise<JobOutcome> {
    const startedAt = this.now();
    const em = this.orm.em.fork();
    const taken = await em.nativeUpdate(
      MaintenanceLease,
      { job: job.name, leaseUntilMs: { $lte: startedAt }, nextRunAtMs: { $lte: startedAt } },
      { holder: this.holder, leaseUntilMs: startedAt + this.leaseMs },
    );
    if (taken !== 1) return { job: job.name, ran: false };

    const metrics = this.options.metrics;
    metrics?.runs.inc({ job: job.name });
    const clock = performance.now();
    const budgetMs = this.leaseMs / 2;
    const ctx: JobContext = {
      em: this.orm.em.fork(),
      now: new Date(startedAt),
      config: this.options.config,
      batchSize: this.batchSize,
      shouldStop: () => this.stopping || performance.now() - clock > budgetMs,
      runId: `maintenance:${job.name}:${this.holder}`.slice(0, 64),
    };
    let outcome: JobOutcome;
    try {
      const rows = await job.run(ctx);
      outcome = { job: job.name, ran: true, ok: true, rows };
      metrics?.rows.inc({ job: job.name }, rows);
      metrics?.lastSuccess.set({ job: job.name }, Date.now() / 1000);
    } catch (err) {
      outcome = { job: job.name, ran: true, ok: false, error: err instanceof Error ? err.message : String(err) };
      metrics?.failures.inc({ job: job.name });
    }
    const seconds = (performance.now() - clock) / 1000;
    metrics?.duration.observe({ job: job.name }, seconds);
    // Free the lease (only if still ours: one that ran out may have been taken since) and set the next run.
    await this.orm.em.fork().nativeUpdate(
      MaintenanceLease,
      { job: job.name, holder: this.holder },
      {
        holder: null,
        leaseUntilMs: 0,
        nextRunAtMs: startedAt + this.options.intervalMs,
        lastFinishedAtMs: this.now(),
        lastHolder: this.holder,
        lastRows: outcome.ok ? outcome.rows : null,
        lastError: outcome.ok ? null : outcome.error.slice(0, 500),
      },
    );
    if (outcome.ok) {
      logger.info({ job: job.name, rows: outcome.rows, seconds, holder: this.holder }, 'maintenance job finished');
    } else {
      logger.error({ job: job.name, error: outcome.error, seconds, holder: this.holder }, 'maintenance job failed');
    }
    return outcome;
  }
}
