// Where E2E specs register their tests (see run.ts).
export interface E2EEnv {
  /** Base URL of the demo CRM server, e.g. http://127.0.0.1:40123 (also serves /fixtures/). */
  demoUrl: string;
}

export interface E2ETest {
  name: string;
  fn: (env: E2EEnv) => Promise<void>;
  timeoutMs: number;
}

export const registered: E2ETest[] = [];

export function test(name: string, fn: (env: E2EEnv) => Promise<void>, timeoutMs = 60_000): void {
  registered.push({ name, fn, timeoutMs });
}

/** Minimal assertion helpers with readable failures. */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function expectTrue(cond: unknown, what: string): void {
  if (!cond) throw new Error(`expected: ${what}`);
}
