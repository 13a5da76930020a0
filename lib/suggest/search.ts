// Quick search over scenarios and scripts: Chinese text (Simplified or Traditional), full pinyin
// (`meiqian`), pinyin initials (`mq` → 没钱) and English. pinyin-pro is ≈150 KB gzip, so the panel
// gets it through loadSearchIndex(), a dynamic import that keeps it out of the initial bundle.
import type { Pack } from '@/lib/packs/schema';
import { normalizeText } from './normalize';

/** Maps a Chinese text to one pinyin syllable (no tones) per character; non-Han chars → ''. */
export type PinyinFn = (text: string) => string[];

export interface SearchHit {
  kind: 'scenario' | 'script';
  scenarioId: string;
  scriptId?: string;
  /** Title of the scenario (zh-CN) — the script's scenario for script hits. */
  title: string;
  score: number;
}

interface Doc {
  hit: Omit<SearchHit, 'score'>;
  weight: number;
  zh: string; // normalized Chinese / mixed text
  en: string; // lowercase English text
  full: string; // concatenated pinyin syllables
  starts: Set<number>; // offsets in `full` where a syllable starts
  initials: string;
}

type PackLike = Pick<Pack, 'scenarios'> & { stageScripts?: Pack['stageScripts'] };

function makeDoc(hit: Doc['hit'], weight: number, zhText: string, enText: string, toPinyin: PinyinFn): Doc {
  const zh = normalizeText(zhText);
  const syllables = toPinyin(zh.replace(/[^\p{Script=Han}]/gu, ''));
  let full = '';
  let initials = '';
  const starts = new Set<number>();
  for (const s of syllables) {
    if (!s) continue;
    starts.add(full.length);
    full += s;
    initials += s[0];
  }
  return { hit, weight, zh, en: enText.toLowerCase(), full, starts, initials };
}

/**
 * Full-pinyin match: whole syllables (`fenqi` in fen·qi = 分期) 0.9; ending inside a syllable, as
 * while typing (`fenqi` in fen·qian = 分钱), 0.45 — so the word meant outranks a word it begins.
 */
function pinyinMatch(d: Doc, q: string): number {
  let best = 0;
  for (let at = d.full.indexOf(q); at >= 0; at = d.full.indexOf(q, at + 1)) {
    if (!d.starts.has(at)) continue;
    const end = at + q.length;
    if (end === d.full.length || d.starts.has(end)) return 0.9;
    best = 0.45;
  }
  return best;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** Build the index with a given pinyin function (tests may pass a stub). */
export function buildSearchIndex(pack: PackLike, toPinyin: PinyinFn): SearchIndex {
  const docs: Doc[] = [];
  for (const sc of pack.scenarios) {
    const title = sc.title['zh-CN'];
    const zhText = [title, sc.title['zh-TW'] ?? '', sc.summary?.['zh-CN'] ?? '', ...sc.examples].join(' ');
    const enText = [sc.title.en ?? '', sc.summary?.en ?? '', sc.id, ...sc.examples.filter((e) => /^[\x00-\x7f]*$/.test(e))].join(' ');
    // A word met in one of a scenario's many examples says less than a script that says it (`fenqi`
    // finds the scripts that offer 分期 before a scenario whose examples mention it once).
    docs.push(makeDoc({ kind: 'scenario', scenarioId: sc.id, title }, 0.5, zhText, enText, toPinyin));
    docs.push(makeDoc({ kind: 'scenario', scenarioId: sc.id, title }, 2, title, sc.title.en ?? '', toPinyin));
    for (const s of sc.scripts) {
      docs.push(makeDoc({ kind: 'script', scenarioId: sc.id, scriptId: s.id, title }, 0.6, s.text, s.translations?.en ?? '', toPinyin));
    }
  }
  return {
    search(query, limit = 10) {
      const q = normalizeText(query);
      if (!q) return [];
      const latin = /^[a-z0-9 ]+$/.test(q);
      const compact = q.replace(/ /g, '');
      const words = q.split(' ').filter((w) => w.length > 1);
      const best = new Map<string, SearchHit>();
      for (const d of docs) {
        let s = 0;
        if (!latin) {
          if (d.zh.includes(q)) s = 1;
        } else {
          if (compact.length >= 2) {
            s = Math.max(s, pinyinMatch(d, compact));
            if (d.initials.includes(compact)) s = Math.max(s, compact.length >= 3 ? 0.8 : 0.6);
          }
          if (words.length && words.every((w) => d.en.includes(w))) s = Math.max(s, 1);
        }
        if (!s) continue;
        const score = s * d.weight;
        const key = d.hit.kind === 'script' ? `s:${d.hit.scriptId}` : `c:${d.hit.scenarioId}`;
        const prev = best.get(key);
        if (!prev || prev.score < score) best.set(key, { ...d.hit, score: Math.round(score * 100) / 100 });
      }
      return [...best.values()].sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind)).slice(0, limit);
    },
  };
}

/** pinyin-pro, loaded lazily (a separate chunk in the extension): one syllable per character, no tones. */
export async function loadPinyin(): Promise<PinyinFn> {
  const { pinyin, customPinyin } = await import('pinyin-pro');
  // Finance readings the general dictionary gets wrong (还 = huán when it means repay).
  customPinyin({ 还款: 'huán kuǎn', 还钱: 'huán qián', 还清: 'huán qīng', 不还: 'bù huán', 还不上: 'huán bù shàng' });
  return (text) => (text ? pinyin(text, { toneType: 'none', type: 'array', v: true }) : []);
}

/** Build the index with pinyin-pro, loaded lazily. */
export async function loadSearchIndex(pack: PackLike): Promise<SearchIndex> {
  return buildSearchIndex(pack, await loadPinyin());
}

/** A Latin query that may be pinyin: initials ("zw" → 张伟) or full syllables ("zhangwei"). */
export const PINYIN_QUERY = /^[a-z]{2,24}$/i;

/** Whether a Chinese name matches a pinyin query by its initials or by whole leading syllables. */
export function nameMatchesPinyin(name: string, query: string, toPinyin: PinyinFn): boolean {
  const q = query.toLowerCase();
  const syllables = toPinyin(name.replace(/[^\p{Script=Han}]/gu, '')).filter(Boolean);
  if (!syllables.length) return false;
  const initials = syllables.map((s) => s[0]).join('');
  return initials.startsWith(q) || syllables.join('').startsWith(q);
}
