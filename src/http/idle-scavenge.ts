/**
 * Young-generation GC between requests (issue 15, the tail). V8 scavenges when its young generation
 * is full, which at a steady load is in the middle of some request: that request waits for the
 * pause, and every object of the requests then in flight is copied, and promoted if it survives
 * twice (about a tenth of what a request allocates on this server, which then costs mark-compacts;
 * BENCHMARKS.md, session 11). So when an instance has no request in flight and its young generation
 * is more than half full, it collects it right away: nothing of a request is alive to copy, and no
 * request waits. Under saturation an instance is never idle and V8 schedules as before.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type MinorGc = () => void;

/** Young generation fill past which an idle instance collects it. */
const FILL = 0.5;
/** Looking at the heap's statistics costs ~15 µs: at most once per this many ms. */
const LOOK_EVERY_MS = 5;

/** V8's gc(), minor only: the one --expose-gc installs, else exposed now (once per process). */
function minorGc(): MinorGc | null {
  let gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc');
  }
  if (typeof gc !== 'function') return null;
  const collect = gc;
  return () => collect({ type: 'minor' });
}

/** How full the young generation is (0–1). */
export function youngFill(): number {
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young) return 0;
  const capacity = young.space_used_size + young.space_available_size;
  return capacity > 0 ? young.space_used_size / capacity : 0;
}

export class IdleScavenger {
  private lastLook = Number.NEGATIVE_INFINITY;
  private scheduled = false;
  /** Young collections run between requests so far (tests, logs). */
  collections = 0;

  constructor(
    /** Whether the instance still has no request in flight. */
    private readonly isIdle: () => boolean,
    private readonly gc: MinorGc | null = minorGc(),
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
      this.gc();
      this.collections += 1;
    });
  }
}
