// A dashboard worker: reads and checks roll-up files (JSON, schema, cubes, checksum) off the page's
// thread; the decoded cubes come back as transferred buffers, and the page merges them.
import { checkRollupText, type CheckedFile } from './rollup-import';

self.onmessage = async (e: MessageEvent<{ files: File[] }>) => {
  const out: CheckedFile[] = [];
  const buffers: ArrayBuffer[] = [];
  for (const f of e.data.files) {
    const r = await checkRollupText(await f.text());
    if (typeof r !== 'string') for (const c of Object.values(r.cubes)) buffers.push(c.buffer as ArrayBuffer);
    out.push({ name: f.name, r });
  }
  (self as unknown as Worker).postMessage(out, buffers);
};
