// Ends the E2E output with the line the CI reads, exactly `E2E: N passed, N failed`, after the
// list reporter's own summary. A run with nothing passed fails (as the old runner did).
import type { FullConfig, FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private root: Suite | undefined;
  private errors = 0;
  private line = '';

  onBegin(_config: FullConfig, suite: Suite): void {
    this.root = suite;
  }

  onError(_error: TestError): void {
    this.errors++; // outside any test: a broken spec file, a fixture that failed in a worker…
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] }> {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const t of this.root?.allTests() ?? []) {
      const outcome = t.outcome();
      if (outcome === 'expected' || outcome === 'flaky') passed++;
      else if (outcome === 'unexpected') failed++;
      else skipped++;
    }
    failed += this.errors;
    if (passed === 0 && failed === 0) failed = 1; // nothing ran: not a pass
    this.line = `${skipped ? `E2E: ${skipped} skipped or not run\n` : ''}E2E: ${passed} passed, ${failed} failed`;
    return passed === 0 || failed > 0 ? { status: 'failed' } : { status: result.status };
  }

  async onExit(): Promise<void> {
    if (process.argv.includes('--list')) return; // listing runs nothing
    console.log(`\n${this.line}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
