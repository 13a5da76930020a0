import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/lib/packs/version';

describe('compareVersions (semver order, used to refuse silent rollbacks)', () => {
  it.each([
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.9', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.2.3', '1.2.3', 0],
    ['1.2.3+build.7', '1.2.3', 0],
    ['1.2.3-rc.1', '1.2.3', -1],
    ['1.2.3-rc.2', '1.2.3-rc.10', -1],
    ['1.2.3-alpha', '1.2.3-1', 1],
    ['1.2.3-rc', '1.2.3-rc.1', -1],
  ])('%s vs %s → %i', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
    expect(compareVersions(b, a)).toBe(-want || 0);
  });
});
