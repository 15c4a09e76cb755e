import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use and named `<thing>By<Key>`, optionally with a
 * variant (page arguments, filters) so that different argument sets never share a batch.
 */
export class LoaderRegistry {
  // Loaders of every key and value type; a name and variant always come with the same batch types.
  private readonly loaders = new Map<string, object>();

  constructor(private readonly enabled = true) {}

  get<K, V>(name: string, variant: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    const key = `${name}|${variant}`;
    const known = this.loaders.get(key);
    if (known instanceof DataLoader) return known;
    // With loaders disabled (a bench-only baseline) every key is its own batch: the N+1 shape.
    const loader = new DataLoader<K, V>(batch, this.enabled ? { maxBatchSize: 1000 } : { batch: false, cache: false });
    this.loaders.set(key, loader);
    return loader;
  }
}
