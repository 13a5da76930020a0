// The demo CRM's debtors, read from its data file so E2E tests and benches never hard-code them twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './launch';

export interface DemoCase {
  caseId: string;
  name: string;
  amountOverdue: number;
  daysPastDue: number;
}

export function demoCases(): DemoCase[] {
  const raw = JSON.parse(readFileSync(join(ROOT, 'demo-crm/data/cases.json'), 'utf8')) as
    | DemoCase[]
    | { cases: DemoCase[] };
  return Array.isArray(raw) ? raw : raw.cases;
}

export function caseUrl(demoUrl: string, c: DemoCase): string {
  return `${demoUrl}/case.html?id=${encodeURIComponent(c.caseId)}`;
}
