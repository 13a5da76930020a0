// Pack versions (`1.2.3`, `1.2.3-rc.1`, `1.2.3+build`) compared as semver: numbers numerically, a
// pre-release below its release, build metadata ignored. Used to refuse silent rollbacks.

function parts(v: string): { core: number[]; pre: string[] } {
  const [main = '', ...rest] = v.split('+')[0]!.split('-');
  return { core: main.split('.').map((n) => Number(n) || 0), pre: rest.length ? rest.join('-').split('.') : [] };
}

/** Negative when `a` is lower than `b`, 0 when equal, positive when higher. */
export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (d) return Math.sign(d);
  }
  if (!x.pre.length || !y.pre.length) return Math.sign(y.pre.length - x.pre.length);
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Math.sign(Number(p) - Number(q));
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}
