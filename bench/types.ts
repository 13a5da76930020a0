// The benchmark contract: every bench reports metrics as one JSON object per line.
import type { Browser } from '../scripts/browser/launch';

export interface Metric {
  metric: string;
  value: number;
  unit: 'ms' | 'KB' | 'ratio' | 'count' | '%';
  budget: number;
}

export interface BenchEnv {
  /** Demo CRM base URL (also serves /fixtures/ from tests/fixtures/crm). */
  demoUrl: string;
  /** Launch the system Chromium with the built extension on a fresh profile. */
  launchBrowser: (opts?: { headless?: boolean; args?: string[]; audible?: boolean }) => Promise<Browser>;
  /** Bundle a TypeScript entry (with the @/ alias) into one IIFE script for a plain page. */
  bundle: (entry: string, globalName: string) => Promise<string>;
}

/** A Chromium bench module: `export default async function (env: BenchEnv): Promise<Metric[]>`. */
export type ChromiumBench = (env: BenchEnv) => Promise<Metric[]>;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}
