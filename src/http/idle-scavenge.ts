/**
 * Young-generation GC between requests (issue 15, the tail). V8 scavenges when its young generation
 * is full, which at a steady load is in the middle of some request: that request waits for the
 * pause, and every object of the requests then in flight is copied, and promoted if it survives
 * twice (about a tenth of what a request allocates on this server, which then costs mark-compacts;
 * BENCHMARKS.md, session 11). So when an instance has no request in flight and its young generation
 * is more than half full, it collects it right away: nothing of a request is alive to copy, and no
 * request waits. Under saturation an instance is never idle and V8 schedules as before.
 * The same for the whole heap once the old generation nears the floor it was started with
 * (oldGenerationLimit).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc() for one generation: 'minor' (young) or 'major' (the whole heap, atomic). */
type Gc = (kind: 'minor' | 'major') => void;

/** Young generation fill past which an idle instance collects it. */
const FILL = 0.5;
/** Looking at the heap's statistics costs ~15 µs: at most once per this many ms. */
const LOOK_EVERY_MS = 5;
/** At most one whole-heap collection per this many ms (a live heap above the limit must not loop). */
const MAJOR_EVERY_MS = 10_000;

/** V8's gc(): the one --expose-gc installs, else exposed now (once per process). */
export function v8Gc(): Gc | null {
  let gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc');
  }
  if (typeof gc !== 'function') return null;
  const collect = gc;
  // gc() with no argument is the full collection ({ type: 'major' } is a scavenge on Node 20's V8).
  return (kind) => (kind === 'minor' ? collect({ type: 'minor' }) : collect());
}

/**
 * Old-generation use past which an idle instance collects the whole heap itself: 60 % of the floor
 * the server was started with (`--initial-old-space-size`, package.json start), in bytes; null
 * without one. With the floor V8 collects the old generation only near it, by incremental marking
 * whose steps run between the requests' callbacks for 50–100 ms and slow every request meanwhile
 * (BENCHMARKS.md, session 12); one atomic collection of the ~60 MiB live heap at an idle moment
 * pauses about 25 ms instead, before V8 would start marking. Without a floor V8 keeps the limit
 * near the live heap and this never triggers.
 */
export function oldGenerationLimit(execArgv: readonly string[] = process.execArgv): number | null {
  // The last one given counts, as for V8.
  const flag = execArgv
    .map((a) => /^--initial[-_]old[-_]space[-_]size=(\d+)$/.exec(a))
    .filter(Boolean)
    .at(-1);
  return flag ? 0.6 * Number(flag[1]) * 2 ** 20 : null;
}

/** How full the young generation is (0–1), and the bytes used outside it. */
function heapUse(): { youngFill: number; oldBytes: number } {
  let youngFill = 0;
  let oldBytes = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space') {
      const capacity = space.space_used_size + space.space_available_size;
      youngFill = capacity > 0 ? space.space_used_size / capacity : 0;
    } else if (space.space_name !== 'new_large_object_space') oldBytes += space.space_used_size;
  }
  return { youngFill, oldBytes };
}

/** How full the young generation is (0–1). */
export const youngFill = (): number => heapUse().youngFill;

export class IdleScavenger {
  private lastLook = Number.NEGATIVE_INFINITY;
  private lastMajor = Number.NEGATIVE_INFINITY;
  private scheduled = false;
  /** Young collections run between requests so far (tests, logs). */
  collections = 0;

  /** Whole-heap collections run between requests so far. */
  majorCollections = 0;

  constructor(
    /** Whether the instance still has no request in flight. */
    private readonly isIdle: () => boolean,
    private readonly gc: Gc | null = v8Gc(),
    /** Old-generation bytes past which an idle moment collects the whole heap (null: never). */
    private readonly oldLimit: number | null = oldGenerationLimit(),
  ) {}

  /** The instance just answered its last request in flight. */
  idle(): void {
    if (!this.gc || this.scheduled) return;
    const now = performance.now();
    if (now - this.lastLook < LOOK_EVERY_MS) return;
    this.lastLook = now;
    const use = heapUse();
    const major = this.oldLimit !== null && use.oldBytes >= this.oldLimit && now - this.lastMajor >= MAJOR_EVERY_MS;
    const kind = major ? 'major' : use.youngFill >= FILL ? 'minor' : null;
    if (!kind) return;
    this.scheduled = true;
    // After the answer's own callbacks; skipped when a request came in meanwhile.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.isIdle() || !this.gc) return;
      this.gc(kind);
      if (kind === 'major') {
        this.majorCollections += 1;
        this.lastMajor = performance.now();
      } else this.collections += 1;
    });
  }
}
