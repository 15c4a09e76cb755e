/**
 * Prometheus metrics of the maintenance jobs, on the server's registry (src/http/metrics.ts), so
 * /metrics shows them beside the request metrics. Per instance, like every metric here: a job's
 * runs are counted by the instance that ran them, so sum over instances.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export class MaintenanceMetrics {
  readonly runs: Counter<'job'>;
  readonly failures: Counter<'job'>;
  readonly rows: Counter<'job'>;
  readonly duration: Histogram<'job'>;
  readonly lastSuccess: Gauge<'job'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.runs = new Counter({
      name: 'maintenance_job_runs_total',
      help: 'Maintenance job runs this instance started (it held the job’s lease), by job.',
      labelNames: ['job'],
      registers,
    });
    this.failures = new Counter({
      name: 'maintenance_job_failures_total',
      help: 'Maintenance job runs that failed (the error is logged and kept on the job’s lease row), by job.',
      labelNames: ['job'],
      registers,
    });
    this.rows = new Counter({
      name: 'maintenance_job_rows_total',
      help: 'Rows the maintenance jobs deleted or changed, by job.',
      labelNames: ['job'],
      registers,
    });
    this.duration = new Histogram({
      name: 'maintenance_job_duration_seconds',
      help: 'Time one maintenance job run took, by job.',
      labelNames: ['job'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers,
    });
    this.lastSuccess = new Gauge({
      name: 'maintenance_job_last_success_timestamp_seconds',
      help: 'When a run of the job last succeeded on this instance (Unix time), by job: alert when it grows old on every instance.',
      labelNames: ['job'],
      registers,
    });
  }
}
