/**
 * Young-generation GC between requests (issue 15, the tail). V8 scavenges when its young generation
 * is full, which at a steady load is in the middle of some request: that request waits for the
 * pause, and every object of the requests then in flight is copied, and promoted if it survives
 * twice (about a tenth of what a request allocates on this server, which then costs mark-compacts;
 * BENCHMARKS.md, session 11). So when an instance has no request in flight and its young generation
 * is more than half full, it collects it right away: nothing of a request is alive to copy, and no
 * request waits. Under saturation an instance is never idle and V8 schedules as before.
 *
 * Never the whole heap (BENCHMARKS.md, session 13): a mark-compact with no request alive lets V8
 * drop the hidden classes of every object a request builds from a class (HTTP, Apollo, MikroORM:
 * nothing retains them), and with them 50–180 optimized functions built on those classes, which
 * then run unoptimized until V8 re-optimizes them, 2–3 s at a third of the speed. V8's own
 * mark-compacts start under load, when the requests in flight keep those classes alive.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc() for one generation: 'minor' (young) or 'major' (the whole heap, atomic; tests and the bench only). */
type Gc = (kind: 'minor' | 'major') => void;

/** Young generation fill past which an idle instance collects it. */
const FILL = 0.5;
/** Looking at the heap's statistics costs ~15 µs: at most once per this many ms. */
const LOOK_EVERY_MS = 5;

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

/** How full the young generation is (0–1). */
export function youngFill(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!space) return 0;
  const capacity = space.space_used_size + space.space_available_size;
  return capacity > 0 ? space.space_used_size / capacity : 0;
}

export class IdleScavenger {
  private lastLook = Number.NEGATIVE_INFINITY;
  private scheduled = false;
  /** Young collections run between requests so far (tests, logs). */
  collections = 0;

  constructor(
    /** Whether the instance still has no request in flight. */
    private readonly isIdle: () => boolean,
    private readonly gc: Gc | null = v8Gc(),
  ) {}

  /** The instance just answered its last request in flight. */
  idle(): void {
    if (!this.gc || this.scheduled) return;
    const now = performance.now();
    if (now - this.lastLook < LOOK_EVERY_MS) return;
    this.lastLook = now;
    if (youngFill() < FILL) return;
    this.scheduled = true;
    // After the answer's own callbacks; skipped when a request came in meanwhile.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.isIdle() || !this.gc) return;
      this.gc('minor');
      this.collections += 1;
    });
  }
}
