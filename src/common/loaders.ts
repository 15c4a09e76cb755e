import DataLoader from 'dataloader';
import { type StatementTally, whenStatementsIdle } from './statement-counter';

/**
 * How long a request's due batches wait for its running statements while none of them is answered
 * (ms). Only a request that keeps a statement waiting on something that itself waits for a batch (a
 * transaction holding SQLite's one connection) would stall that long; then the batches go anyway. A
 * request whose statements are merely slow (a busy machine, a long queue for SQLite's connection)
 * keeps waiting as long as they are answered.
 */
const STALL_CAP_MS = 1_000;

/**
 * Per-request DataLoaders, created on first use and named `<thing>By<Key>`, optionally with a
 * variant (page arguments, filters) so that different argument sets never share a batch.
 *
 * Batches dispatch all of the request's loaders together, after the current macrotask and only
 * once none of the request's statements is still running (when the registry knows the request's
 * statement tally). With DataLoader's default (after the current microtasks) a level's keys reached
 * at different promise depths, or under parents whose batches finished at different times on a
 * PostgreSQL pool, split into two batches: a statement more or less from run to run. Waiting until
 * the request is idle makes a level's batches the same on every run.
 */
export class LoaderRegistry {
  // Loaders of every key and value type; a name and variant always come with the same batch types.
  private readonly loaders = new Map<string, object>();
  private pending: (() => void)[] = [];
  private waitingForIdle = false;
  private capTimer: NodeJS.Timeout | undefined;
  private stalled = false;

  constructor(
    private readonly enabled = true,
    private readonly tally?: StatementTally,
  ) {}

  /** Runs every loader's dispatch queued during this macrotask, once it is over. */
  private readonly schedule = (dispatch: () => void) => {
    this.pending.push(dispatch);
    if (this.pending.length === 1) setImmediate(this.flush);
  };

  private readonly flush = () => {
    if (this.tally?.running && !this.stalled) {
      this.capTimer ??= this.armCap();
      if (!this.waitingForIdle) {
        this.waitingForIdle = true;
        whenStatementsIdle(this.tally, this.onIdle);
      }
      return;
    }
    if (this.capTimer) clearTimeout(this.capTimer);
    this.capTimer = undefined;
    this.stalled = false;
    const due = this.pending;
    this.pending = [];
    for (const dispatch of due) dispatch();
  };

  private readonly onIdle = () => {
    this.waitingForIdle = false;
    // After the current macrotask: the statement's answer reaches its resolvers, which may load more.
    if (this.pending.length > 0) setImmediate(this.flush);
  };

  /** A timer that declares the wait stalled if none of the request's statements is answered meanwhile. */
  private armCap(): NodeJS.Timeout {
    const settledBefore = this.tally?.settled ?? 0;
    return setTimeout(() => {
      this.capTimer = undefined;
      if ((this.tally?.settled ?? 0) !== settledBefore) {
        if (this.pending.length > 0 && this.tally?.running) this.capTimer = this.armCap();
        return;
      }
      this.stalled = true;
      if (this.pending.length > 0) setImmediate(this.flush);
    }, STALL_CAP_MS).unref();
  }

  get<K, V>(name: string, variant: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    const key = `${name}|${variant}`;
    const known = this.loaders.get(key);
    if (known instanceof DataLoader) return known;
    // With loaders disabled (a bench-only baseline) every key is its own batch: the N+1 shape.
    const loader = new DataLoader<K, V>(
      batch,
      this.enabled ? { maxBatchSize: 1000, batchScheduleFn: this.schedule } : { batch: false, cache: false },
    );
    this.loaders.set(key, loader);
    return loader;
  }
}
