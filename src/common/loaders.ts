import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use and named `<thing>By<Key>`, optionally with a
 * variant (page arguments, filters) so that different argument sets never share a batch.
 *
 * Batches dispatch after the current macrotask (setImmediate), all of the request's loaders
 * together, not after the current microtasks (DataLoader's default): resolvers of one level reach
 * their loads at different promise depths (graphql-shield rules, async resolvers), and with the
 * default a level's keys split into two batches, a statement more or less from run to run.
 */
export class LoaderRegistry {
  // Loaders of every key and value type; a name and variant always come with the same batch types.
  private readonly loaders = new Map<string, object>();
  private pending: (() => void)[] = [];

  constructor(private readonly enabled = true) {}

  /** Runs every loader's dispatch queued during this macrotask, once it is over. */
  private readonly schedule = (dispatch: () => void) => {
    this.pending.push(dispatch);
    if (this.pending.length === 1) setImmediate(this.flush);
  };

  private readonly flush = () => {
    const due = this.pending;
    this.pending = [];
    for (const dispatch of due) dispatch();
  };

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
