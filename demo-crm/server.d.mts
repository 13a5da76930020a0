export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startDemoServer(opts?: { port?: number; host?: string; fixturesDir?: string }): Promise<DemoServer>;
