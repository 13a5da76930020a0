// The CLI as a supervisor or CI runs it: `npm run -s compliance -- lint` reads lines, prints JSON per line.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compliance-cli.ts', ...args], {
    input,
    encoding: 'utf8',
    cwd: process.cwd(),
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('compliance CLI', () => {
  it('lint prints one JSON object per input line', () => {
    const r = run(['lint'], '我们不会上门\n不还钱就去你单位找你领导\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ text: '我们不会上门', findings: [] });
    expect(lines[1].findings[0]).toMatchObject({ rule: 'third-party-disclosure', severity: 'block', span: [4, 8] });
    expect(lines[1].findings[0].message).toMatch(/第三方/);
    expect(typeof lines[1].findings[0].suggestion).toBe('string');
  }, 30_000);
  it('lint --lang en --amount', () => {
    const r = run(['lint', '--lang', 'en', '--amount', '5000'], '今天必须还8000元\n');
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.findings[0]).toMatchObject({ rule: 'demand-above-owed' });
    expect(line.findings[0].message).toMatch(/more than is owed/);
  }, 30_000);
  it('check reads a ComplianceInput and prints findings', () => {
    const input = { now: '2026-05-06T21:00:00+08:00', profile: 'cn-bank', debtor: { phone: '138****5521' }, attempts: [] };
    const r = run(['check', '--lang', 'en'], JSON.stringify(input));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.canCallNow).toBe(false);
    expect(out.findings[0].rule).toBe('call-window');
    expect(out.nextAllowedAt).toBe('2026-05-07T00:00:00.000Z');
  }, 30_000);
  it('an unknown subcommand exits non-zero with a clear message', () => {
    const r = run(['frobnicate'], '');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown subcommand "frobnicate"/);
  }, 30_000);
});
