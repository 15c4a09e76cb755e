import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the closing line CI reads: `N passed, N failed` (and skipped, if any), preceded by one
 * `FAILED:` line per failed test (file, test and the first line of its error), so that the tail of
 * a long CI log still names what failed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const failures: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') {
          failed += 1;
          const message = result.errors?.[0]?.message?.split('\n')[0] ?? '';
          failures.push(`FAILED: ${module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}: ${message}`);
        } else skipped += 1;
      }
      // A file that failed to load has no tests but must not pass silently.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) {
        failed += 1;
        failures.push(`FAILED: ${module.moduleId} did not load: ${module.errors()[0]?.message?.split('\n')[0] ?? ''}`);
      }
    }
    for (const error of unhandledErrors) {
      failures.push(
        `FAILED: unhandled error: ${String((error as { message?: unknown })?.message ?? error).split('\n')[0]}`,
      );
    }
    failed += unhandledErrors.length;
    if (failures.length) console.log(`\n${failures.map((line) => line.slice(0, 400)).join('\n')}`);
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
