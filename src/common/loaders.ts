import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use and named `<thing>By<Key>`, optionally with a
 * variant (page arguments, filters) so that different argument sets never share a batch.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly enabled = true) {}

  get<K, V>(name: string, variant: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    const key = `${name}|${variant}`;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      // With loaders disabled (a bench-only baseline) every key is its own batch: the N+1 shape.
      loader = new DataLoader<K, V>(batch, this.enabled ? { maxBatchSize: 1000 } : { batch: false, cache: false });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
