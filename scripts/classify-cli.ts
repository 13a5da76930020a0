// `npm run -s classify -- [--pack <file>]`: one utterance per stdin line → one JSON line
// {"text": "...", "top": [{"id": "no-money-now", "score": 0.91}]} (≤ 3 entries; [] = none).
import { createInterface } from 'node:readline';
import { loadPackFile, DEFAULT_PACK_FILE } from '../lib/packs/load-node';
import { buildClassifier } from '../lib/suggest/classifier';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const file = argValue('--pack') ?? DEFAULT_PACK_FILE;
  let classifier;
  try {
    classifier = buildClassifier(loadPackFile(file));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const text = line.replace(/^\uFEFF/, '');
    if (!text.trim()) continue;
    process.stdout.write(`${JSON.stringify({ text, top: classifier.classify(text).top })}\n`);
  }
}

void main();
