// Read and check roll-up files: in a few workers when the page can (the files split between them,
// so a big import uses every core), else here. Results keep the files' order.
import { checkRollupText, type CheckedFile } from '@/lib/analytics/rollup-import';

function inWorker(files: File[]): Promise<CheckedFile[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('../../lib/analytics/rollup-check.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<CheckedFile[]>) => {
      w.terminate();
      resolve(e.data);
    };
    w.onerror = (e) => {
      w.terminate();
      reject(new Error(e.message));
    };
    w.postMessage({ files });
  });
}

export async function checkFiles(files: File[]): Promise<CheckedFile[]> {
  const here = async () => Promise.all(files.map(async (f) => ({ name: f.name, r: await checkRollupText(await f.text()) })));
  if (typeof Worker !== 'function' || import.meta.env.MODE === 'test' || files.length < 4) return here();
  const n = Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2));
  const groups = Array.from({ length: n }, (_, g) => files.filter((_, i) => i % n === g)).filter((g) => g.length);
  try {
    const parts = await Promise.all(groups.map(inWorker));
    // Back to the files' order: group g holds files g, g+n, g+2n…
    return files.map((_, i) => parts[i % n]![Math.floor(i / n)]!);
  } catch {
    return here();
  }
}
