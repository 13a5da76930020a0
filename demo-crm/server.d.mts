// Types for server.mjs, so TypeScript tests and benches can import it.
export declare const DEFAULT_PORT: number;

export interface DemoServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Served at /fixtures/; defaults to tests/fixtures/crm under the repo root. */
  fixturesDir?: string;
}

export interface DemoServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:5174 */
  url: string;
  port: number;
  close(): Promise<void>;
}

export declare function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
